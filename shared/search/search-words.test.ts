import { describe, expect, it } from 'vitest';
import { findOccurrences } from './find-occurrences.ts';
import { kwicText, sortKwic } from './kwic.ts';
import { parseQuery } from './parse-query.ts';
import { sameWord, wordTerms } from './word-terms.ts';

const found = (text: string, query: string) =>
  findOccurrences(text, parseQuery(query)).map((o) => text.slice(o.start, o.end));

describe('Russian-aware words', () => {
  it('treats the cases of a surname as one word, the nominative included', () => {
    for (const form of ['токаева', 'токаеву', 'токаевым', 'токаеве']) expect(sameWord('токаев', form)).toBe(true);
    expect(sameWord('сейсембаев', 'сейсембаева')).toBe(true);
    expect(sameWord('саммит', 'саммиты')).toBe(true);
    expect(sameWord('саммите', 'саммитов')).toBe(true);
    expect(sameWord('путин', 'путина')).toBe(true);
    expect(sameWord('учения', 'ученик')).toBe(false);
    expect(sameWord('терроризм', 'терроризма')).toBe(true);
    expect(sameWord('терроризм', 'туризм')).toBe(false);
    expect(wordTerms('токаев')).toContain('токаев');
  });

  it('finds inflected forms, any case, ё or е, not inside other words', () => {
    const text =
      'ТОКАЕВ встретился. Токаеву доложили; с Токаевым говорил Сейсембаев. Нетокаев — не он. Учёные и ученые.';
    expect(found(text, 'Токаев')).toEqual(['ТОКАЕВ', 'Токаеву', 'Токаевым']);
    expect(found(text, 'учёный')).toEqual(['Учёные', 'ученые']);
  });

  it('finds a phrase only as consecutive words on one line, across punctuation', () => {
    const text = 'Совместные учения прошли. Совместных, учений не было.\nСовместные\nучения — нет. Учения совместные.';
    expect(found(text, '"совместные учения"')).toEqual(['Совместные учения', 'Совместных, учений']);
    expect(found(text, '«совместные учения»')).toHaveLength(2);
  });

  it('matches English words by their stem', () => {
    expect(found('Terrorists and terrorism; a terror act.', 'terrorist')).toEqual(['Terrorists']);
  });

  it('parses words and phrases, ignoring punctuation and an unclosed quote', () => {
    expect(parseQuery('ШОС, "программа 2025" «ОДКБ')).toEqual([
      { words: ['шос'], text: 'ШОС' },
      { words: ['программа', '2025'], text: 'программа 2025' },
      { words: ['одкб'], text: 'ОДКБ' },
    ]);
    expect(parseQuery(' … ')).toEqual([]);
  });
});

describe('concordance lines', () => {
  it('takes context within the line and never splits an emoji', () => {
    const text = 'первая строка\nслева 📈 текст МАТЧ справа и ещё\nтретья';
    const start = text.indexOf('МАТЧ');
    expect(kwicText(text, start, start + 4, 100)).toEqual({
      left: 'слева 📈 текст ',
      match: 'МАТЧ',
      right: ' справа и ещё',
    });
    const cut = kwicText(text, start, start + 4, 'текст '.length + 2); // lands on the emoji's second half
    expect(cut.left).toBe('📈 текст ');
  });

  it('sorts by the nearest word to the left, or by the right context', () => {
    const lines = [
      { id: 1, left: 'сказал Бебеев ', match: 'X', right: ' вчера' },
      { id: 2, left: 'заявил Аабаев ', match: 'X', right: ' аж' },
      { id: 3, left: 'Яковлев ', match: 'X', right: ' бы' },
    ];
    expect(sortKwic(lines, 'left').map((l) => l.id)).toEqual([2, 1, 3]);
    expect(sortKwic(lines, 'right').map((l) => l.id)).toEqual([2, 3, 1]);
    expect(sortKwic(lines, 'document').map((l) => l.id)).toEqual([1, 2, 3]);
  });
});
