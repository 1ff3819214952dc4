import { type AgreementQuery, defaultUnitRule, type UnitMode } from '../../../../shared/agreement/agreement-types.ts';
import { filterDocuments, type LibraryFilter, tagAndDescendants } from '../../../../shared/library/filter-documents.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';

/** Which documents a report is over: every one, those the Library's filter shows, or those ticked there. */
export type DocumentScope = 'all' | 'filter' | 'ticked';

/** What the Agreement view's form holds; turned into an AgreementQuery when the user asks for the report. */
export interface AgreementForm {
  /** Chosen coders, kept in the project's order of coders (the first two make the confusion matrix). */
  coderIds: string[];
  scope: DocumentScope;
  /** True: every tag as coded; false: the chosen `tagIds`. */
  wholeCodebook: boolean;
  tagIds: string[];
  withSubtags: boolean;
  mode: UnitMode;
  /** Intersection over union, 0..1; 0 = any overlap. */
  threshold: number;
  /**
   * The two coders of the confusion matrix (the report's first two coders),
   * when more than two are chosen; null: the first two chosen.
   */
  matrixPair: [string, string] | null;
}

/** Why the form cannot be sent yet (each shown beside its field). */
export type FormProblem = 'few-coders' | 'no-tags' | 'no-documents' | 'bad-threshold';

/** The coders who have a layer in some document, in the project's order. */
export function codersWithLayers(coders: readonly Coder[], documents: readonly DocumentSummary[]): string[] {
  const coded = new Set<string>();
  for (const d of documents) for (const id of d.coderIds) coded.add(id);
  return coders.filter((c) => coded.has(c.id)).map((c) => c.id);
}

export function initialForm(coders: readonly Coder[], documents: readonly DocumentSummary[]): AgreementForm {
  return {
    coderIds: codersWithLayers(coders, documents),
    scope: 'all',
    wholeCodebook: true,
    tagIds: [],
    withSubtags: true,
    mode: defaultUnitRule.mode,
    threshold: defaultUnitRule.threshold,
    matrixPair: null,
  };
}

/** Ticks or unticks a coder, keeping the project's order. */
export function toggleCoder(form: AgreementForm, coders: readonly Coder[], coderId: string): string[] {
  const chosen = new Set(form.coderIds);
  if (chosen.has(coderId)) chosen.delete(coderId);
  else chosen.add(coderId);
  return coders.filter((c) => chosen.has(c.id)).map((c) => c.id);
}

/** What the Library holds that the scopes resolve against. */
export interface LibraryState {
  documents: readonly DocumentSummary[];
  filter: LibraryFilter;
  tags: readonly Tag[];
  ticked: ReadonlySet<string>;
}

/**
 * The documents of a scope, as ids in the Library's order; null for every
 * document (sent as `{ all: true }`, so the core needs no list of a
 * 100,000-document corpus). The filter resolves as the Library resolves it
 * (a tag filter matches its sub-tags); ticks of documents since deleted are dropped.
 */
export function scopeDocumentIds(scope: DocumentScope, library: LibraryState): string[] | null {
  if (scope === 'all') return null;
  if (scope === 'ticked') return library.documents.filter((d) => library.ticked.has(d.id)).map((d) => d.id);
  const { filter, tags } = library;
  const tagIds = filter.tagId ? tagAndDescendants(tags, filter.tagId) : null;
  return filterDocuments(library.documents, filter, tagIds).map((d) => d.id);
}

export function formProblems(form: AgreementForm, documentIds: readonly string[] | null): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.coderIds.length < 2) problems.push('few-coders');
  if (!form.wholeCodebook && form.tagIds.length === 0) problems.push('no-tags');
  if (documentIds !== null && documentIds.length === 0) problems.push('no-documents');
  if (form.mode === 'overlap' && !(form.threshold >= 0 && form.threshold <= 1)) problems.push('bad-threshold');
  return problems;
}

/** The chosen coders in the query's order: the matrix pair first (when both are chosen), then the others. */
export function queryCoders(form: AgreementForm): string[] {
  const pair = form.matrixPair;
  if (!pair || pair[0] === pair[1] || !pair.every((id) => form.coderIds.includes(id))) return [...form.coderIds];
  return [...pair, ...form.coderIds.filter((id) => !pair.includes(id))];
}

/** Whether the report shown is still that of the form and the project: 'form' or 'project' when not. */
export function staleness(
  current: AgreementQuery | null,
  shown: AgreementQuery | null,
  projectChanged: boolean,
): 'form' | 'project' | null {
  if (shown === null) return null;
  if (JSON.stringify(current) !== JSON.stringify(shown)) return 'form';
  return projectChanged ? 'project' : null;
}

export function agreementQuery(form: AgreementForm, documentIds: readonly string[] | null): AgreementQuery {
  return {
    coderIds: queryCoders(form),
    documents: documentIds === null ? { all: true } : { ids: [...documentIds] },
    tagIds: form.wholeCodebook ? null : [...form.tagIds],
    withSubtags: form.withSubtags,
    // Exact matching has no threshold; 1 is what "exact" would mean as an overlap, and the schema wants a number.
    unit: { mode: form.mode, threshold: form.mode === 'exact' ? 1 : form.threshold },
  };
}
