import type { CurationDecision, DecisionRow } from '../../../../shared/curation/curation-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';

/** A coder's name as the window shows it (the project's name for them, "(you)", or the id of one it does not know). */
export type NameOf = (coderId: string) => string;

/**
 * What was decided, in words: "Took the version of Anna", "Merged: all coders
 * agree", "Rejected all versions". A take without `takenFrom` (it should
 * not happen) names the coder of its first source rather than no one.
 */
export function decisionText(t: Translate, d: CurationDecision, nameOf: NameOf): string {
  const taker = d.takenFrom ?? d.sources[0]?.coderId;
  const coder = taker ? nameOf(taker) : t('curationView:aCoder');
  switch (d.kind) {
    case 'merged':
      return t('curationView:kind-merged', {
        rule: t(d.rule === 'majority' ? 'curationView:rule-majority' : 'curationView:rule-unanimous'),
      });
    case 'take':
      return t('curationView:kind-take', { coder });
    case 'take-edited':
      return t('curationView:kind-take-edited', { coder });
    case 'new':
      return t('curationView:kind-new');
    case 'reject-all':
      return t('curationView:kind-reject-all');
    case 'link-take':
      return t('curationView:kind-link-take', { coder });
    case 'link-reject':
      return t('curationView:kind-link-reject', { coder });
  }
}

/**
 * For an edited take: the fields changed, each taken from another coder
 * named ("Changed: span, stance from Boris"); null when nothing was edited.
 * Fields taken from another coder but not listed as edited are named too:
 * taking a field from someone else changes the version.
 */
export function editedText(t: Translate, d: CurationDecision, nameOf: NameOf): string | null {
  const from = d.fieldsFrom ?? {};
  const fields = [...new Set([...(d.edited ?? []), ...(Object.keys(from) as Array<keyof typeof from>)])];
  if (fields.length === 0) return null;
  const words = fields.map((field) => {
    const name = t(`curationView:field-${field}`);
    const coder = from[field];
    return coder && coder !== d.takenFrom ? t('curationView:fieldFrom', { field: name, coder: nameOf(coder) }) : name;
  });
  return t('curationView:edited', { fields: words.join(t('curationView:listSeparator')) });
}

/** The result: the curated annotation's tag by its codebook path, or what a reject or a link decision kept. */
export function resultText(t: Translate, row: DecisionRow, tags: readonly Tag[]): string {
  const { decision } = row;
  if (decision.kind === 'reject-all' || decision.kind === 'link-reject' || !decision.resultId) {
    return t('curationView:noResult');
  }
  if (decision.kind === 'link-take') return t('curationView:linkResult');
  if (!row.tagId) return '';
  return tags.some((tag) => tag.id === row.tagId)
    ? tagPathLabel(tags, row.tagId)
    : t('curationView:unknownTag', { id: row.tagId });
}

export interface SourceWord {
  /** The source record's id (an annotation's, or a link's). */
  id: string;
  name: string;
  /** Its record no longer exists (the coder deleted it after it was curated). */
  gone: boolean;
}

/** Whose versions the result was made from, each marked when its record is gone. */
export function sourceWords(row: DecisionRow, nameOf: NameOf): SourceWord[] {
  const gone = new Set(row.gone);
  return row.decision.sources.map((s) => ({ id: s.id, name: nameOf(s.coderId), gone: gone.has(s.id) }));
}

/** The versions looked at and not used ("also weighed: Boris"), or null when there were none. */
export function consideredText(t: Translate, d: CurationDecision, nameOf: NameOf): string | null {
  if (d.considered.length === 0) return null;
  const names = [...new Set(d.considered.map((s) => nameOf(s.coderId)))];
  return t('curationView:considered', { coders: names.join(t('curationView:listSeparator')) });
}

/** A quote for one line of the table: spaces folded, cut with an ellipsis past `max` characters. */
export function shortQuote(quote: string, max = 120): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
