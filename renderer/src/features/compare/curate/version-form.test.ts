import { describe, expect, it } from 'vitest';
import { UnitActionSchema } from '../../../../../shared/curation/curation-types.ts';
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
