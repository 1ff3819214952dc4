import type { CuratedField, CuratedVersion, UnitAction } from '../../../../../shared/curation/curation-types.ts';
import type { Annotation, Stance } from '../../../../../shared/model/annotation.ts';

/**
 * The "Take and edit…" and "New…" form: a version as the curator sets it,
 * the coder whose version it started from (take-edited), and for each field
 * taken with one click from another coder's version, whose (`fieldsFrom`).
 */
export interface VersionForm {
  mode: 'take-edited' | 'new';
  /** take-edited: the coder whose version is taken. */
  base: string | null;
  start: number;
  end: number;
  tagId: string;
  actorId: string | null;
  speakerId: string | null;
  addresseeId: string | null;
  stance: Stance | null;
  statementDate: string | null;
  conceptId: string | null;
  note: string;
  fieldsFrom: Partial<Record<CuratedField, string>>;
}

/** The form's values of one field (span: both ends). */
type FieldValues = Partial<Omit<VersionForm, 'mode' | 'base' | 'fieldsFrom'>>;

function valuesOf(a: Annotation, field: CuratedField): FieldValues {
  switch (field) {
    case 'span':
      return { start: a.start, end: a.end };
    case 'tag':
      return { tagId: a.tagId };
    case 'actor':
      return { actorId: a.actorId ?? null };
    case 'speaker':
      return { speakerId: a.speakerId ?? null };
    case 'addressee':
      return { addresseeId: a.addresseeId ?? null };
    case 'stance':
      return { stance: a.stance ?? null };
    case 'date':
      return { statementDate: a.statementDate ?? null };
    case 'concept':
      return { conceptId: a.conceptId ?? null };
    case 'memo':
      return { note: a.note };
  }
}

/** A version's value of a field, as a comparable word (null: none), to tell whose versions differ from the form's. */
export function fieldWord(source: Annotation | VersionForm, field: CuratedField): string | null {
  const list = Object.values(valuesOf('mode' in source ? asAnnotation(source) : source, field));
  if (list.every((v) => v === null || v === undefined || v === '')) return null;
  return list.join('–');
}

/** The form's values in an annotation's fields (only what valuesOf reads). */
function asAnnotation(f: VersionForm): Annotation {
  const some = <T>(v: T | null) => v ?? undefined;
  return {
    start: f.start,
    end: f.end,
    tagId: f.tagId,
    note: f.note,
    actorId: some(f.actorId),
    speakerId: some(f.speakerId),
    addresseeId: some(f.addresseeId),
    stance: some(f.stance),
    statementDate: some(f.statementDate),
    conceptId: some(f.conceptId),
  } as Annotation;
}

/**
 * The coders' versions of a unit as curation reads them: each tag the
 * category the comparison compared (`labels`, the coder's tag after their
 * mapping), as take and merge copy it and as the core checks a field taken
 * from a coder. Seeding the form or a field from the raw tag would turn an
 * unchanged mapped version into a tag edit, or a field take the core refuses.
 * A version outside the compared tags (no label) keeps its tag.
 */
export function versionsAsRead(
  members: readonly (Annotation | null)[],
  labels: readonly (string | null)[],
): (Annotation | null)[] {
  return members.map((a, c) => {
    const label = labels[c];
    return a && label && label !== a.tagId ? { ...a, tagId: label } : a;
  });
}

/** The form for "Take and edit…": the coder's version as it is (as read: see versionsAsRead). */
export function formFromVersion(a: Annotation, coderId: string): VersionForm {
  return {
    mode: 'take-edited',
    base: coderId,
    start: a.start,
    end: a.end,
    tagId: a.tagId,
    actorId: a.actorId ?? null,
    speakerId: a.speakerId ?? null,
    addresseeId: a.addresseeId ?? null,
    stance: a.stance ?? null,
    statementDate: a.statementDate ?? null,
    conceptId: a.conceptId ?? null,
    note: a.note,
    fieldsFrom: {},
  };
}

/** The form for "New…": the unit's span, the tag given (the first coder's, or none), nothing else. */
export function emptyForm(start: number, end: number, tagId: string): VersionForm {
  return {
    mode: 'new',
    base: null,
    start,
    end,
    tagId,
    actorId: null,
    speakerId: null,
    addresseeId: null,
    stance: null,
    statementDate: null,
    conceptId: null,
    note: '',
    fieldsFrom: {},
  };
}

/** Takes one field from a coder's version (as read: see versionsAsRead), recording whose (unless it is the version the form started from). */
export function takeField(form: VersionForm, field: CuratedField, from: Annotation, coderId: string): VersionForm {
  const fieldsFrom = { ...form.fieldsFrom };
  if (coderId === form.base) delete fieldsFrom[field];
  else fieldsFrom[field] = coderId;
  return { ...form, ...valuesOf(from, field), fieldsFrom };
}

/** The curator's own value for a field: it no longer comes from another coder. */
export function editField(form: VersionForm, field: CuratedField, values: FieldValues): VersionForm {
  const fieldsFrom = { ...form.fieldsFrom };
  delete fieldsFrom[field];
  return { ...form, ...values, fieldsFrom };
}

/** Moves one end of the span by `delta` characters, kept inside the text and the span never empty. */
export function nudge(form: VersionForm, which: 'start' | 'end', delta: number, textLength: number): VersionForm {
  const start = which === 'start' ? clamp(form.start + delta, 0, form.end - 1) : form.start;
  const end = which === 'end' ? clamp(form.end + delta, form.start + 1, textLength) : form.end;
  return editField(form, 'span', { start, end });
}

/** The span from a selection in the text (its two ends, in either order), or null when it selects nothing. */
export function spanFromSelection(a: number, b: number, textLength: number): { start: number; end: number } | null {
  const start = clamp(Math.min(a, b), 0, textLength);
  const end = clamp(Math.max(a, b), 0, textLength);
  return end > start ? { start, end } : null;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export type FormProblem = 'noTag' | 'emptySpan' | 'outsideText';

/** What keeps the form from being sent, if anything. */
export function formProblem(form: VersionForm, textLength: number): FormProblem | null {
  if (!form.tagId) return 'noTag';
  if (form.end <= form.start) return 'emptySpan';
  if (form.start < 0 || form.end > textLength) return 'outsideText';
  return null;
}

/** The decision the form asks for: every field given (null clears it), and whose fields came from whom. */
export function formAction(form: VersionForm): UnitAction {
  const version: CuratedVersion = {
    start: form.start,
    end: form.end,
    tagId: form.tagId,
    note: form.note,
    actorId: form.actorId,
    speakerId: form.speakerId,
    addresseeId: form.addresseeId,
    stance: form.stance,
    statementDate: form.statementDate,
    conceptId: form.conceptId,
  };
  if (form.mode === 'new' || !form.base) return { kind: 'new', version };
  const fieldsFrom = Object.keys(form.fieldsFrom).length ? { ...form.fieldsFrom } : undefined;
  return { kind: 'take-edited', coderId: form.base, version, ...(fieldsFrom ? { fieldsFrom } : {}) };
}
