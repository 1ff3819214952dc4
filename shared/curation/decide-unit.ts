import type { CategoryOf } from '../agreement/labels.ts';
import { describeQuote } from '../anchoring/text-quote.ts';
import { rangeProblem } from '../anchoring/text-range.ts';
import { because, message } from '../i18n/message.ts';
import type { Annotation } from '../model/annotation.ts';
import { CurationError } from './curation-error.ts';
import { type StatementKey, curatedCopy, editedFields, fieldValue, statementKeys } from './curated-version.ts';
import {
  CURATED_CODER_ID,
  type CuratedField,
  type CuratedVersion,
  type CurationDecision,
  type DecisionSource,
  type Reason,
  type UnitAction,
} from './curation-types.ts';

/**
 * One decision on one unit, worked out without touching the project: the
 * curated annotation it makes, the curated annotations of the decisions it
 * replaces (taken out in the same step), and the decision itself.
 *
 * - take: the coder's version as it is, its tag read through their mapping, memo kept;
 * - take-edited: that version with the fields `version` sets (fields not set stay the taken ones);
 *   `edited` lists what differs from the taken version, `fieldsFrom` says which came from other coders;
 * - new: a version of the curator's own, from `version`;
 * - reject-all: nothing in the curated layer.
 *
 * Sources: take and take-edited name the taken version and the versions of
 * the coders fields were taken from; the other versions are `considered`.
 * new and reject-all were made from no coder's version: sources are empty
 * and every version of the unit is `considered`.
 */
export interface DecideUnitArgs {
  documentId: string;
  /** The coders compared, in the order of `members`. */
  coderIds: readonly string[];
  /** One annotation id per coder (null where that coder has none). */
  members: readonly (string | null)[];
  /** The members' annotations, by id. */
  annotations: ReadonlyMap<string, Annotation>;
  action: UnitAction;
  reason: Reason;
  /** The current decisions naming the unit: this one replaces them. */
  current: readonly CurationDecision[];
  /** The document's curated annotations, by id. */
  curated: ReadonlyMap<string, Annotation>;
  /** The document's text (the quote of an edited or new version is taken from it). */
  text: string;
  /** A coder's tag → the tag it is read as (their mapping). */
  categoryOf: CategoryOf;
  curator: { id: string; name: string };
  now: string;
  makeId: () => string;
  /** A coder's display name, for messages. */
  nameOf?: (coderId: string) => string;
}

export interface UnitDecision {
  add: Annotation | null;
  /** Curated annotations of the replaced decisions. */
  remove: Annotation[];
  decision: CurationDecision;
}

export function decideUnit(args: DecideUnitArgs): UnitDecision {
  const { action, coderIds, members, annotations } = args;
  const nameOf = args.nameOf ?? ((id: string) => id);
  requireReason(args.reason);
  const versions: Array<{ coderId: string; annotation: Annotation }> = [];
  members.forEach((id, i) => {
    const a = id === null ? undefined : annotations.get(id);
    if (a) versions.push({ coderId: coderIds[i] as string, annotation: a });
  });
  if (versions.length === 0) throw new CurationError('invalid-input', message('curationUnits:error-emptyUnit'));
  const versionOf = (coderId: string): Annotation => {
    const found = versions.find((v) => v.coderId === coderId);
    if (!found)
      throw new CurationError('invalid-input', message('curationUnits:error-noVersionOf', { coder: nameOf(coderId) }));
    return found.annotation;
  };
  const tagOf = (a: Annotation) => args.categoryOf(a.coderId, a.tagId) ?? a.tagId;

  let add: Annotation | null = null;
  let sourceIds: string[] = [];
  const extra: Partial<CurationDecision> = {};
  if (action.kind === 'take') {
    const taken = versionOf(action.coderId);
    const quote = spanQuote(args.text, taken.start, taken.end);
    add = curatedCopy(taken, { id: args.makeId(), tagId: tagOf(taken), note: taken.note, now: args.now, quote });
    sourceIds = [taken.id];
    extra.takenFrom = action.coderId;
  } else if (action.kind === 'take-edited') {
    const taken = versionOf(action.coderId);
    const fieldsFrom = action.fieldsFrom ?? {};
    const fromIds = Object.values(fieldsFrom).map((coderId) => versionOf(coderId).id);
    const base = curatedCopy(taken, { id: args.makeId(), tagId: tagOf(taken), note: taken.note, now: args.now });
    add = withVersion(base, action.version, args.text);
    requireFieldsFrom(add, fieldsFrom, versionOf, tagOf, nameOf);
    sourceIds = [...new Set([taken.id, ...fromIds])];
    extra.takenFrom = action.coderId;
    extra.edited = editedFields(add, taken, tagOf(taken));
    if (Object.keys(fieldsFrom).length) extra.fieldsFrom = { ...fieldsFrom };
  } else if (action.kind === 'new') {
    const blank: Annotation = {
      id: args.makeId(),
      documentId: args.documentId,
      coderId: CURATED_CODER_ID,
      tagId: action.version.tagId,
      start: action.version.start,
      end: action.version.end,
      quote: spanQuote(args.text, action.version.start, action.version.end),
      note: '',
      created: args.now,
      modified: args.now,
    };
    add = withVersion(blank, action.version, args.text);
  }

  const sources: DecisionSource[] = [];
  const considered: DecisionSource[] = [];
  for (const v of versions) {
    (sourceIds.includes(v.annotation.id) ? sources : considered).push({ coderId: v.coderId, id: v.annotation.id });
  }
  const replaced = args.current.map((d) => d.id);
  const remove = args.current.flatMap((d) => {
    const result = d.resultId ? args.curated.get(d.resultId) : undefined;
    return result ? [result] : [];
  });
  const decision: CurationDecision = {
    id: args.makeId(),
    documentId: args.documentId,
    kind: action.kind,
    sources,
    considered,
    start: Math.min(...versions.map((v) => v.annotation.start)),
    end: Math.max(...versions.map((v) => v.annotation.end)),
    ...extra,
    ...(add ? { resultId: add.id } : {}),
    ...(replaced.length ? { replaces: replaced } : {}),
    reason: args.reason.text.trim(),
    quickReasons: args.reason.quickReasons.map((r) => r.trim()),
    curatorId: args.curator.id,
    curatorName: args.curator.name,
    at: args.now,
  };
  return { add, remove: uniqueById(remove), decision };
}

/** Every decision but a merge says why: words of the curator's own, or a quick reason. */
export function requireReason(reason: Reason): void {
  if (reason.text.trim() === '' && !reason.quickReasons.some((r) => r.trim() !== '')) {
    throw new CurationError('invalid-input', message('curationUnits:error-noReason'));
  }
}

/**
 * A field said to come from a coder holds that coder's value (their tag read
 * through their mapping): the log names whose each field is, so a claim the
 * result does not bear out is refused rather than recorded.
 */
function requireFieldsFrom(
  result: Annotation,
  fieldsFrom: Partial<Record<CuratedField, string>>,
  versionOf: (coderId: string) => Annotation,
  tagOf: (a: Annotation) => string,
  nameOf: (coderId: string) => string,
): void {
  for (const [field, coderId] of Object.entries(fieldsFrom) as [CuratedField, string][]) {
    const from = versionOf(coderId);
    if (fieldValue(result, field) === fieldValue({ ...from, tagId: tagOf(from) }, field)) continue;
    throw new CurationError(
      'invalid-input',
      message('curationUnits:error-fieldNotFrom', { field: `curationUnits:field-${field}`, coder: nameOf(coderId) }),
    );
  }
}

/** The quote of a span of the text, refused when the span is not one (empty, outside the text, cutting a character). */
function spanQuote(text: string, start: number, end: number): Annotation['quote'] {
  const problem = rangeProblem(text, start, end);
  if (problem)
    throw new CurationError('invalid-input', because('curationUnits:error-versionSpan', problem, { start, end }));
  return describeQuote(text, start, end);
}

/** `base` with the span, tag, memo and statement fields `version` sets (null clears a field, absent keeps it). */
function withVersion(base: Annotation, version: CuratedVersion, text: string): Annotation {
  const next: Annotation = {
    ...base,
    start: version.start,
    end: version.end,
    quote: spanQuote(text, version.start, version.end),
    tagId: version.tagId,
  };
  if (version.note !== undefined) next.note = version.note;
  for (const key of statementKeys) {
    const value = version[key];
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else (next as Record<StatementKey, unknown>)[key] = value;
  }
  return next;
}

function uniqueById(list: Annotation[]): Annotation[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
