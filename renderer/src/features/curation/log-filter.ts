import type { DecisionFilter, DecisionKind, DecisionRow } from '../../../../shared/curation/curation-types.ts';

/**
 * What the decision log's filters hold: a quick reason (matched exactly) or
 * words of the free text. The view offers both, a picker and a field, and
 * choosing in one clears the other, so what is on screen is always what
 * filters.
 */
export interface LogFilterState {
  documentId: string;
  coderId: string;
  quickReason: string;
  words: string;
  kind: '' | DecisionKind;
  curatorId: string;
}

export const emptyLogFilter: LogFilterState = {
  documentId: '',
  coderId: '',
  quickReason: '',
  words: '',
  kind: '',
  curatorId: '',
};

/** The filter as the core's calls take it (listDecisions, exportDecisionLog): only the conditions set. */
export function decisionFilterOf(state: LogFilterState): DecisionFilter {
  const filter: DecisionFilter = {};
  if (state.documentId) filter.documentId = state.documentId;
  if (state.coderId) filter.coderId = state.coderId;
  if (state.quickReason) filter.quickReason = state.quickReason;
  else if (state.words.trim()) filter.words = state.words.trim();
  if (state.kind) filter.kind = state.kind;
  if (state.curatorId) filter.curatorId = state.curatorId;
  return filter;
}

export function isLogFilterActive(state: LogFilterState): boolean {
  return Object.keys(decisionFilterOf(state)).length > 0;
}

/** A quick reason picked: the words typed give way to it ('' picks none and leaves the words). */
export function withQuickReason(state: LogFilterState, quickReason: string): LogFilterState {
  return { ...state, quickReason, words: quickReason ? '' : state.words };
}

/** Words typed: the quick reason picked gives way to them. */
export function withWords(state: LogFilterState, words: string): LogFilterState {
  return { ...state, words, quickReason: words ? '' : state.quickReason };
}

export interface Choice {
  id: string;
  name: string;
}

/**
 * What the document and curator filters offer: those the whole log names
 * (not every document of the project, of which there may be thousands),
 * sorted by name in the window's language; a chosen one the log no longer
 * names stays listed so the select still shows what filters.
 */
export function logChoices(
  rows: readonly DecisionRow[],
  language: string,
  chosen: Pick<LogFilterState, 'documentId' | 'curatorId'>,
): { documents: Choice[]; curators: Choice[] } {
  const documents = new Map<string, string>();
  const curators = new Map<string, string>();
  for (const { decision, documentTitle } of rows) {
    if (!documents.has(decision.documentId)) documents.set(decision.documentId, documentTitle);
    if (!curators.has(decision.curatorId)) curators.set(decision.curatorId, decision.curatorName);
  }
  if (chosen.documentId && !documents.has(chosen.documentId)) documents.set(chosen.documentId, chosen.documentId);
  if (chosen.curatorId && !curators.has(chosen.curatorId)) curators.set(chosen.curatorId, chosen.curatorId);
  const sorted = (m: Map<string, string>) =>
    [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, language));
  return { documents: sorted(documents), curators: sorted(curators) };
}
