import type { AgreementDocument, AgreementInput } from '../../../../shared/agreement/agreement-report.ts';
import type { AgreementQuery } from '../../../../shared/agreement/agreement-types.ts';
import { message } from '../../../../shared/i18n/message.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { DocumentInfo } from '../../../../shared/model/document.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { requireTag } from './checks.ts';

/**
 * What the pure agreement engine needs, gathered from the open project: the
 * chosen coders (by id, in the query's order), the documents (every one, or
 * those named), their annotations as stored, the codebook and every coder's
 * tag mappings. Nothing is computed here; every id the query names is
 * checked, so a stale window gets "no such coder" rather than a report over
 * nothing.
 */
export function agreementInput(store: ProjectStore, query: AgreementQuery): AgreementInput {
  const coders = chosenCoders(store, query.coderIds);
  for (const tagId of query.tagIds ?? []) requireTag(store, tagId);
  const infos =
    'ids' in query.documents
      ? [...new Set(query.documents.ids)].map((id) => store.documentInfo(id))
      : store.listDocumentInfos();
  return {
    coders,
    documents: infos.map((info) => agreementDocument(store, info)),
    codebook: store.codebook(),
    mappings: store.tagMappings(),
    query: { tagIds: query.tagIds, withSubtags: query.withSubtags, unit: query.unit },
  };
}

export function agreementDocument(store: ProjectStore, info: DocumentInfo): AgreementDocument {
  return {
    id: info.id,
    title: info.title,
    textLength: info.textLength,
    date: info.metadata.date ?? null,
    annotations: store.annotationsOf(info.id),
  };
}

/** The coders named, each once and known to the project, with their display names. */
export function chosenCoders(store: ProjectStore, coderIds: readonly string[]): Array<{ id: string; name: string }> {
  const known = store.info().coders;
  const seen = new Set<string>();
  return coderIds.map((id) => {
    const coder = known.find((c) => c.id === id);
    if (!coder) throw new ApiError('not-found', message('errors:noCoder', { id }));
    if (seen.has(id)) throw new ApiError('invalid-input', message('errors:coderChosenTwice', { id: coder.name }));
    seen.add(id);
    return { id: coder.id, name: coder.name };
  });
}
