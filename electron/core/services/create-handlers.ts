import { randomUUID } from 'node:crypto';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import { describeQuote } from '../../../shared/anchoring/text-quote.ts';
import { rangeProblem } from '../../../shared/anchoring/text-range.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { Handlers } from '../../../shared/ipc/contract.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { ProjectSession } from './project-session.ts';

/**
 * The core: every contract call, implemented once over the open project.
 * Inputs arrive already checked against their schemas (see dispatch); what
 * a schema cannot know — that an id exists, that a span fits the text — is
 * checked here, before anything changes.
 */
export function createHandlers(session: ProjectSession): Handlers {
  const store = () => session.store;

  const handlers = {
    async getProjectInfo() {
      return store().info();
    },

    async openProject({ path, withSample }) {
      await session.open(path, { withSample: withSample ?? false });
      return store().info();
    },

    async listDocuments() {
      return store().listDocuments();
    },

    async getDocument({ documentId, withOriginal }) {
      const info = store().documentInfo(documentId);
      const { text, originalText } = await store().text(documentId);
      return withOriginal ? { ...info, text, originalText } : { ...info, text };
    },

    async addDocument({ title, text, metadata }) {
      const normalized = normalizeText(text);
      const info: DocumentInfo = {
        id: randomUUID(),
        title,
        metadata: metadata ?? {},
        created: new Date().toISOString(),
        textLength: normalized.length,
      };
      await store().addDocument(info, { text: normalized, originalText: text });
      return { ...info, annotationCount: 0 };
    },

    async listAnnotations({ documentId }) {
      return store().annotations(documentId);
    },

    async createAnnotation({ id, documentId, tagId, start, end, note }) {
      const s = store();
      if (id && s.hasAnnotation(id)) throw new ApiError('conflict', `An annotation with id ${id} already exists.`);
      s.documentInfo(documentId);
      requireTag(s.codebook().tags, tagId);
      const { text } = await s.text(documentId);
      requireRange(text, start, end);
      const annotation = annotateSpan(text, {
        id: id ?? randomUUID(),
        documentId,
        coderId: s.coder.id,
        tagId,
        start,
        end,
        note,
      });
      await s.putAnnotation(annotation);
      return annotation;
    },

    async updateAnnotation({ annotationId, tagId, note, start, end }) {
      const s = store();
      const current = s.annotation(annotationId);
      if (tagId !== undefined) requireTag(s.codebook().tags, tagId);
      const next: Annotation = { ...current, modified: new Date().toISOString() };
      if (tagId !== undefined) next.tagId = tagId;
      if (note !== undefined) next.note = note;
      if (start !== undefined && end !== undefined) {
        const { text } = await s.text(current.documentId);
        requireRange(text, start, end);
        Object.assign(next, { start, end, quote: describeQuote(text, start, end) });
      }
      await s.putAnnotation(next);
      return next;
    },

    async deleteAnnotation({ annotationId }) {
      await store().removeAnnotation(annotationId);
      return { annotationId };
    },

    async getCodebook() {
      return store().codebook();
    },
  } satisfies Handlers;

  return handlers;
}

function requireTag(tags: ReadonlyArray<{ id: string }>, tagId: string): void {
  if (!tags.some((t) => t.id === tagId)) {
    throw new ApiError('not-found', `There is no tag ${tagId} in this project's codebook.`);
  }
}

function requireRange(text: string, start: number, end: number): void {
  const problem = rangeProblem(text, start, end);
  if (problem) throw new ApiError('invalid-input', `Cannot annotate characters ${start}–${end}: ${problem}.`);
}
