import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { conflictKindWords, fieldValueWords, fieldWords } from './conflict-kind.ts';
import { differingKeys, recordLines, valueText } from './conflict-record-lines.ts';

describe('a conflict side as lines', () => {
  it('lists a record’s fields, name and type first, without its id', () => {
    const lines = recordLines({
      id: 'a1',
      notes: 'н',
      aliases: ['Патрушев', 'Н. П.'],
      type: 'person',
      name: 'Николай',
    });
    expect(lines).toEqual([
      { key: 'name', value: 'Николай' },
      { key: 'type', value: 'person' },
      { key: 'aliases', value: 'Патрушев, Н. П.' },
      { key: 'notes', value: 'н' },
    ]);
  });

  it('is null for a deleted record and one keyless line for a plain value', () => {
    expect(recordLines(null)).toBeNull();
    expect(recordLines(undefined)).toBeNull();
    expect(recordLines('2024-01-02')).toEqual([{ key: null, value: '2024-01-02' }]);
    expect(valueText([])).toBe('—');
    expect(valueText({ a: 1, b: [] })).toBe('a: 1, b: —');
    expect(valueText([{ a: 1 }, { a: 2 }])).toBe('a: 1; a: 2');
    expect(valueText({})).toBe('—');
    const names = { nameOf: (id: string) => (id === 'sco' ? 'ШОС' : undefined) };
    expect(valueText([{ organizationId: 'sco', role: 'x' }], names)).toBe('organization: ШОС, role: x');
    expect(valueText([{ organizationId: 'gone' }], names)).toBe('organizationId: gone');
  });

  it('marks the fields that differ, including one only a side has', () => {
    const ours = recordLines({ id: 'x', name: 'A', type: 'person' });
    const theirs = recordLines({ id: 'x', name: 'B', type: 'person', notes: 'n' });
    expect([...differingKeys(ours, theirs)].sort()).toEqual(['name', 'notes']);
    expect([...differingKeys(ours, null)].sort()).toEqual(['name', 'type']);
  });

  it('words the kind, and an unknown one as a record', () => {
    const en = translator('en');
    expect(conflictKindWords('actors', en)).toBe('Actor');
    expect(conflictKindWords('linkTypes', en)).toBe('Link type');
    expect(conflictKindWords('somethingNew', en)).toBe('Record');
    expect(conflictKindWords('toString', en)).toBe('Record');
  });

  it('words the fields the catalog names and an actor’s type, in both languages', () => {
    const en = translator('en');
    const ru = translator('ru');
    expect(fieldWords('aliases', en)).toBe('Aliases');
    expect(fieldWords('aliases', ru)).toBe('Варианты имени');
    expect(fieldWords('weight', ru)).toBe('weight');
    expect(fieldWords('constructor', en)).toBe('constructor');
    expect(fieldValueWords('actors', 'type', 'person', en)).toBe('Person');
    expect(fieldValueWords('actors', 'type', 'agency', ru)).toBe(ru('model:actorType-agency'));
    expect(fieldValueWords('actors', 'type', 'spaceship', en)).toBe('spaceship');
    expect(fieldValueWords('tags', 'type', 'person', en)).toBe('person');
  });
});
