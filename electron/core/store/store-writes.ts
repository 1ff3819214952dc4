import type { z } from 'zod';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentText } from '../../../shared/model/document.ts';
import { limits } from '../../../shared/model/limits.ts';
import type { Link } from '../../../shared/model/link.ts';
import {
  type AnnotationLayerFile,
  type CurationFile,
  CurationFileSchema,
  type QuickReasonsFile,
  QuickReasonsFileSchema,
  type DocumentFile,
  DocumentFileSchema,
  type LinkLayerFile,
  type LinksFile,
  LinksFileSchema,
  ProjectFileSchema,
  SCHEMA_VERSION,
  type TextFile,
  TextFileSchema,
} from '../../../shared/model/project.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { stringifyPretty, stringifyRecords } from '../../../shared/model/store-json.ts';
import type { FileWrite } from './change-journal.ts';
import { layout } from './project-layout.ts';
import { fileKeys, type ProjectState } from './project-state.ts';
import { schemaProblem } from './schema-problem.ts';
import { message } from '../../../shared/i18n/message.ts';

const pretty = stringifyPretty;

/**
 * The files to write for the touched keys, with their new content (null:
 * removed, for a document no longer in the state). Small
 * files are checked whole against the schema they are read back with;
 * records were checked one by one (checkEdit). Where a document or the
 * links are still in format 3, every layer is written and the shared file
 * removed, in the same change.
 */
export function filesToWrite(
  dir: string,
  state: ProjectState,
  texts: ReadonlyMap<string, DocumentText>,
  touched: ReadonlySet<string>,
): { writes: FileWrite[]; migrated: { documents: string[]; links: boolean } } {
  const writes: FileWrite[] = [];
  const migrated = { documents: [] as string[], links: false };
  const layers = new Map<string, Set<string>>();
  let linkCoders: Set<string> | null = null;
  let curated: Set<string> | null = null;
  for (const key of touched) {
    const [kind, id, coderId] = key.split(':') as [string, string, string];
    if (key === fileKeys.project) {
      writes.push({
        path: layout.projectFile(dir),
        data: pretty(checked(ProjectFileSchema, state.project, 'projectFile')),
      });
    } else if (key === fileKeys.actors) {
      writes.push({ path: layout.actorsFile(dir), data: stringifyRecords(state.actors) });
    } else if (key === fileKeys.concepts) {
      writes.push({
        path: layout.conceptsFile(dir),
        data: stringifyRecords({ schemaVersion: SCHEMA_VERSION, concepts: state.concepts }),
      });
    } else if (key === fileKeys.tagMappings) {
      const file = {
        schemaVersion: SCHEMA_VERSION,
        mappings: state.tagMappings,
        coderCodebooks: state.coderCodebooks,
      };
      // Nothing to keep is no file: undoing the first mapping leaves the folder as it was.
      const empty = !state.tagMappings.length && !state.coderCodebooks.length;
      writes.push({ path: layout.tagMappingsFile(dir), data: empty ? null : stringifyRecords(file) });
    } else if (key === fileKeys.quickReasons) {
      const file: QuickReasonsFile = { schemaVersion: SCHEMA_VERSION, quickReasons: state.quickReasons };
      // No quick reasons is no file: undoing the first one leaves the folder as it was.
      const data = state.quickReasons.length
        ? stringifyRecords(checked(QuickReasonsFileSchema, file, 'quickReasons'))
        : null;
      writes.push({ path: layout.quickReasonsFile(dir), data });
    } else if (kind === 'curation') {
      curated ??= new Set();
      curated.add(id);
    } else if (key === fileKeys.linkTypes || kind === 'links') {
      linkCoders ??= new Set();
      if (kind === 'links') linkCoders.add(id);
    } else if ((kind === 'document' || kind === 'text' || kind === 'layer') && !state.documents.has(id)) {
      // A document removed whole: its files go (the store removes whatever else its folder holds).
      const path =
        kind === 'document'
          ? layout.documentFile(dir, id)
          : kind === 'text'
            ? layout.textFile(dir, id)
            : coderId === '*'
              ? layout.legacyAnnotationsFile(dir, id)
              : layout.layerFile(dir, id, coderId);
      writes.push({ path, data: null });
    } else if (kind === 'document') {
      const file: DocumentFile = { schemaVersion: SCHEMA_VERSION, document: state.documents.get(id)!.info };
      writes.push({
        path: layout.documentFile(dir, id),
        data: pretty(checked(DocumentFileSchema, file, 'document')),
      });
    } else if (kind === 'text') {
      const file: TextFile = { schemaVersion: SCHEMA_VERSION, ...texts.get(id)! };
      // Serialised when written (see FileWrite): a step adding 10,000 texts never holds them all as JSON.
      writes.push({ path: layout.textFile(dir, id), data: () => pretty(checked(TextFileSchema, file, 'text')) });
    } else if (kind === 'layer') {
      if (!layers.has(id)) layers.set(id, new Set());
      layers.get(id)?.add(coderId);
    }
  }
  for (const [documentId, coders] of layers) {
    const doc = state.documents.get(documentId)!;
    const byCoder = groupByCoder(doc.annotations);
    // A format-3 document: every coder's layer is written, and annotations.json goes.
    const wanted = doc.legacy ? new Set([...coders, ...byCoder.keys()]) : coders;
    for (const coderId of wanted) {
      const annotations = byCoder.get(coderId) ?? [];
      if (annotations.length > limits.annotationsPerLayer) {
        throw new ApiError('too-large', message('errors:layerFull', { count: limits.annotationsPerLayer }));
      }
      const file: AnnotationLayerFile = { schemaVersion: SCHEMA_VERSION, documentId, coderId, annotations };
      // An empty layer is no file: undoing the step that made a coder's first annotation leaves the folder as it was.
      const data = annotations.length ? () => stringifyRecords(file) : null;
      writes.push({ path: layout.layerFile(dir, documentId, coderId), data });
    }
    if (doc.legacy) {
      writes.push({ path: layout.legacyAnnotationsFile(dir, documentId), data: null });
      migrated.documents.push(documentId);
    }
  }
  if (linkCoders) {
    const byCoder = groupByCoder(state.links);
    const wanted = state.linksLegacy ? new Set([...linkCoders, ...byCoder.keys()]) : linkCoders;
    if (touched.has(fileKeys.linkTypes) || state.linksLegacy) {
      const file: LinksFile = { schemaVersion: SCHEMA_VERSION, linkTypes: state.linkTypes };
      writes.push({ path: layout.linksFile(dir), data: pretty(checked(LinksFileSchema, file, 'linkTypes')) });
      migrated.links = state.linksLegacy;
    }
    for (const coderId of wanted) {
      const file: LinkLayerFile = { schemaVersion: SCHEMA_VERSION, coderId, links: byCoder.get(coderId) ?? [] };
      const links = byCoder.get(coderId)?.length ? stringifyRecords(file) : null;
      writes.push({ path: layout.linkLayerFile(dir, coderId), data: links });
    }
  }
  if (curated) writes.push(...curationWrites(dir, state, curated));
  return { writes, migrated };
}

/**
 * The curation files of the documents touched, each with its status and
 * decisions in the order recorded; a document with neither has no file, so
 * undoing its first decision leaves the folder as it was. The records were
 * checked one by one (checkEdit); the file is checked whole here, so one
 * that would not read back (a decision filed under another document) is
 * refused before anything is written.
 */
function curationWrites(dir: string, state: ProjectState, documentIds: ReadonlySet<string>): FileWrite[] {
  const decisions = new Map<string, CurationFile['decisions']>();
  for (const d of state.curationDecisions) {
    if (!documentIds.has(d.documentId)) continue;
    const list = decisions.get(d.documentId);
    if (list) list.push(d);
    else decisions.set(d.documentId, [d]);
  }
  const statuses = new Map(state.curationStatuses.filter((r) => documentIds.has(r.id)).map((r) => [r.id, r]));
  return [...documentIds].map((documentId) => {
    const file: CurationFile = {
      schemaVersion: SCHEMA_VERSION,
      documentId,
      status: statuses.get(documentId) ?? null,
      decisions: decisions.get(documentId) ?? [],
    };
    const empty = !file.status && !file.decisions.length;
    const path = layout.curationFile(dir, documentId);
    return { path, data: empty ? null : stringifyRecords(checked(CurationFileSchema, file, 'curationDecisions')) };
  });
}

function groupByCoder<T extends Annotation | Link>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const list = groups.get(r.coderId);
    if (list) list.push(r);
    else groups.set(r.coderId, [r]);
  }
  return groups;
}

/** The value, if it passes the schema it will be read back with; otherwise a clear refusal. */
function checked<T>(
  schema: z.ZodType<T>,
  value: T,
  what: 'projectFile' | 'document' | 'text' | 'linkTypes' | 'curationDecisions' | 'quickReasons',
): T {
  const problem = schemaProblem(schema, value);
  if (!problem) return value;
  throw new ApiError(
    problem.tooBig ? 'too-large' : 'invalid-input',
    message(`errors:cannotSave-${what}`, { reason: problem.message }),
  );
}
