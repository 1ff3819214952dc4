import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { defaultCodebook } from '../../../../shared/model/codebook.ts';
import { decision, row } from './curation-fixture.ts';
import { consideredText, decisionText, editedText, resultText, shortQuote, sourceWords } from './decision-words.ts';

const en = translator('en');
const ru = translator('ru');
const names: Record<string, string> = { anna: 'Анна Петрова', boris: 'Борис', vera: 'Вера' };
const nameOf = (id: string) => names[id] ?? id;

describe('the decision log in words', () => {
  it('words every decision kind, in both languages', () => {
    const words = (over: Parameters<typeof decision>[1], t = en) => decisionText(t, decision('d', over), nameOf);
    expect(words({ kind: 'merged', rule: 'unanimous' })).toBe('Merged: all coders agree');
    expect(words({ kind: 'merged', rule: 'majority' }, ru)).toBe('Слито: согласно большинство');
    expect(words({ kind: 'take' })).toBe('Took the version of Анна Петрова');
    expect(words({ kind: 'take-edited', takenFrom: 'boris' }, ru)).toBe('Принята версия с правкой: Борис');
    expect(words({ kind: 'new', takenFrom: undefined })).toBe('New annotation');
    expect(words({ kind: 'reject-all' }, ru)).toBe('Все версии отклонены');
    expect(words({ kind: 'link-take' })).toBe('Took the link of Анна Петрова');
    expect(words({ kind: 'link-reject' })).toBe('Rejected the link of Анна Петрова');
    // A take that names no coder still names the coder of its source.
    expect(words({ kind: 'take', takenFrom: undefined, sources: [{ coderId: 'vera', id: 'x' }] })).toBe(
      'Took the version of Вера',
    );
  });

  it('names the fields edited, and whose each one taken from another coder is', () => {
    const d = decision('d', { kind: 'take-edited', edited: ['span', 'stance'], fieldsFrom: { stance: 'boris' } });
    expect(editedText(en, d, nameOf)).toBe('Changed: span, stance from Борис');
    expect(editedText(ru, d, nameOf)).toBe('Изменено: границы, позиция — от Борис');
    const onlyFrom = decision('d', { kind: 'take-edited', fieldsFrom: { concept: 'vera' } });
    expect(editedText(en, onlyFrom, nameOf)).toBe('Changed: concept from Вера');
    expect(editedText(en, decision('d'), nameOf)).toBeNull();
  });

  it('names the result by its tag path, and says what a reject kept', () => {
    const { tags } = defaultCodebook('en');
    const tag = tags.find((x) => x.parent !== null) as (typeof tags)[number];
    const parent = tags.find((x) => x.id === tag.parent) as (typeof tags)[number];
    expect(resultText(en, row(decision('d'), { tagId: tag.id }), tags)).toBe(`${parent.name} › ${tag.name}`);
    expect(resultText(en, row(decision('d'), { tagId: 'lost' }), tags)).toBe('tag lost (not in the codebook)');
    const rejected = row(decision('d', { kind: 'reject-all', resultId: undefined }), { tagId: null });
    expect(resultText(ru, rejected, tags)).toBe('ничего не оставлено');
  });

  it('marks a source whose annotation is gone, and lists the versions weighed', () => {
    const d = decision('d', {
      sources: [
        { coderId: 'anna', id: 'a-1' },
        { coderId: 'boris', id: 'b-1' },
      ],
      considered: [
        { coderId: 'vera', id: 'v-1' },
        { coderId: 'vera', id: 'v-2' },
      ],
    });
    expect(sourceWords(row(d, { gone: ['b-1'] }), nameOf)).toEqual([
      { id: 'a-1', name: 'Анна Петрова', gone: false },
      { id: 'b-1', name: 'Борис', gone: true },
    ]);
    expect(consideredText(ru, d, nameOf)).toBe('рассмотрены также: Вера');
    expect(consideredText(en, decision('d', { considered: [] }), nameOf)).toBeNull();
  });

  it('folds a quote onto one line and cuts a long one', () => {
    expect(shortQuote('Казахстан  поддерживает\nсотрудничество')).toBe('Казахстан поддерживает сотрудничество');
    const long = shortQuote('слово '.repeat(40), 20);
    expect([...long]).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
