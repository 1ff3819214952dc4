import { describe, expect, it } from 'vitest';
import { UnitActionSchema } from '../../../../../shared/curation/curation-types.ts';
import { decideUnit } from '../../../../../shared/curation/decide-unit.ts';
import type { Annotation } from '../../../../../shared/model/annotation.ts';
import {
  editField,
  emptyForm,
  fieldWord,
  formAction,
  formFromVersion,
  formProblem,
  nudge,
  spanFromSelection,
  takeField,
  versionsAsRead,
} from './version-form.ts';

const ann = (id: string, coderId: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId: 'doc',
  coderId,
  tagId: 'claim',
  start: 10,
  end: 20,
  quote: { exact: 'x', prefix: '', suffix: '' },
  note: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('version form', () => {
  const a = ann('a1', 'anna', { speakerId: 'putin', stance: 'supports', note: 'memo A' });
  const b = ann('b1', 'boris', { start: 8, end: 20, tagId: 'proposal', stance: 'opposes', conceptId: 'c1' });

  it('starts from the coder version and sends it back as take-edited, all fields given', () => {
    const form = formFromVersion(a, 'anna');
    const action = formAction(form);
    expect(action).toEqual({
      kind: 'take-edited',
      coderId: 'anna',
      version: {
        start: 10,
        end: 20,
        tagId: 'claim',
        note: 'memo A',
        actorId: null,
        speakerId: 'putin',
        addresseeId: null,
        stance: 'supports',
        statementDate: null,
        conceptId: null,
      },
    });
    expect(UnitActionSchema.safeParse(action).success).toBe(true);
  });

  it('takes fields from another coder with one click and records whose', () => {
    let form = formFromVersion(a, 'anna');
    form = takeField(form, 'stance', b, 'boris');
    form = takeField(form, 'span', b, 'boris');
    form = takeField(form, 'concept', b, 'boris');
    const action = formAction(form);
    if (action.kind !== 'take-edited') throw new Error(action.kind);
    expect(action.version).toMatchObject({ start: 8, end: 20, stance: 'opposes', conceptId: 'c1', speakerId: 'putin' });
    expect(action.fieldsFrom).toEqual({ stance: 'boris', span: 'boris', concept: 'boris' });
    // Taking the field back from the base version, or typing it, says it no longer comes from Boris.
    form = takeField(form, 'stance', a, 'anna');
    form = editField(form, 'concept', { conceptId: null });
    expect(form.fieldsFrom).toEqual({ span: 'boris' });
    expect(form.stance).toBe('supports');
  });

  it('tells a field value as a word, the same for a version and the form', () => {
    expect(fieldWord(a, 'span')).toBe('10–20');
    expect(fieldWord(a, 'concept')).toBeNull();
    expect(fieldWord(formFromVersion(b, 'boris'), 'concept')).toBe('c1');
    expect(fieldWord(formFromVersion(a, 'anna'), 'stance')).toBe(fieldWord(a, 'stance'));
  });

  it('nudges the span inside the text, never empty, and reads a selection in either direction', () => {
    let form = formFromVersion(a, 'anna');
    form = nudge(form, 'start', -15, 30);
    expect(form.start).toBe(0);
    form = nudge(form, 'end', 100, 30);
    expect(form.end).toBe(30);
    form = nudge(form, 'start', 100, 30);
    expect([form.start, form.end]).toEqual([29, 30]);
    expect(spanFromSelection(14, 5, 30)).toEqual({ start: 5, end: 14 });
    expect(spanFromSelection(7, 7, 30)).toBeNull();
  });

  it('makes a new version from the unit span, and says what is missing', () => {
    const form = emptyForm(3, 9, '');
    expect(formProblem(form, 100)).toBe('noTag');
    expect(formProblem({ ...form, tagId: 't' }, 100)).toBeNull();
    expect(formProblem({ ...form, tagId: 't', end: 3 }, 100)).toBe('emptySpan');
    expect(formProblem({ ...form, tagId: 't', end: 101 }, 100)).toBe('outsideText');
    const action = formAction({ ...form, tagId: 't' });
    expect(action.kind).toBe('new');
    expect(UnitActionSchema.safeParse(action).success).toBe(true);
  });
});

describe('a mapped version (the coder’s tag read through their mapping)', () => {
  // Boris codes with his own tag, mapped to the project's `proposal`; the comparison's labels say so.
  const anna = ann('a1', 'anna', { tagId: 'claim', stance: 'supports' });
  const boris = ann('b1', 'boris', { tagId: 'boris-proposal', stance: 'opposes' });
  const labels = ['claim', 'proposal'];
  const read = versionsAsRead([anna, boris], labels);
  const text = 'Министр иностранных дел заявил, что угрозы растут.';
  const decide = (action: ReturnType<typeof formAction>) => {
    let n = 0;
    return decideUnit({
      documentId: 'doc',
      coderIds: ['anna', 'boris'],
      members: ['a1', 'b1'],
      annotations: new Map([
        ['a1', anna],
        ['b1', boris],
      ]),
      action,
      reason: { text: 'правило', quickReasons: [] },
      current: [],
      curated: new Map(),
      text,
      categoryOf: (coderId, tagId) => (coderId === 'boris' && tagId === 'boris-proposal' ? 'proposal' : tagId),
      curator: { id: 'olga', name: 'Ольга' },
      now: '2026-12-02T08:00:00.000Z',
      makeId: () => `id-${++n}`,
    });
  };

  it('reads each version with the category compared; the coder’s record is untouched; no label keeps the tag', () => {
    expect(read.map((a) => a?.tagId)).toEqual(['claim', 'proposal']);
    expect(boris.tagId).toBe('boris-proposal');
    expect(read[1]).toEqual({ ...boris, tagId: 'proposal' });
    expect(versionsAsRead([boris, null], [null, null])).toEqual([boris, null]);
  });

  it('Take and edit starts from the mapped tag: sent unchanged, the core records no tag edit', () => {
    const form = formFromVersion(read[1] as Annotation, 'boris');
    expect(form.tagId).toBe('proposal');
    const out = decide(formAction(form));
    expect(out.add?.tagId).toBe('proposal');
    expect(out.decision.edited).toEqual([]);
    // The raw tag (what the form used to start from) would have been recorded as a tag edit to a foreign tag.
    expect(decide(formAction(formFromVersion(boris, 'boris'))).decision.edited).toEqual(['tag']);
  });

  it('the tag taken from Boris is his mapped one, no "take" offered once it is; the core accepts it as his', () => {
    let form = formFromVersion(read[0] as Annotation, 'anna');
    expect(fieldWord(read[1] as Annotation, 'tag')).not.toBe(fieldWord(form, 'tag'));
    form = takeField(form, 'tag', read[1] as Annotation, 'boris');
    expect(form).toMatchObject({ tagId: 'proposal', fieldsFrom: { tag: 'boris' } });
    expect(fieldWord(read[1] as Annotation, 'tag')).toBe(fieldWord(form, 'tag'));
    const out = decide(formAction(form));
    expect(out.decision).toMatchObject({ edited: ['tag'], fieldsFrom: { tag: 'boris' } });
    expect(out.add?.tagId).toBe('proposal');
    // Taken raw, the core refuses the claim that the tag is Boris's.
    const raw = takeField(formFromVersion(read[0] as Annotation, 'anna'), 'tag', boris, 'boris');
    expect(() => decide(formAction(raw))).toThrow(/tag is said to come from boris/);
  });

  it('New starts from the first coder’s mapped tag', () => {
    const [first] = versionsAsRead([boris, anna], ['proposal', 'claim']).filter((a) => a !== null);
    expect(emptyForm(10, 20, first?.tagId ?? '').tagId).toBe('proposal');
  });
});
