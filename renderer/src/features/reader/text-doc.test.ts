import { describe, expect, it } from 'vitest';
import { LINES_PER_BLOCK, TextDoc } from './text-doc.ts';

describe('TextDoc', () => {
  const text = 'Заголовок\n\nПервый абзац 🛡️ текста.\nВторой абзац.';
  const td = new TextDoc(text);

  it('makes one paragraph per line, empty lines included', () => {
    expect(td.doc.childCount).toBe(1);
    expect(td.doc.child(0).childCount).toBe(4);
    expect(td.doc.child(0).child(1).content.size).toBe(0);
    expect(td.doc.textBetween(0, td.doc.content.size, '\n')).toBe(text);
  });

  it('maps offsets across many blocks of lines', () => {
    const long = Array.from({ length: LINES_PER_BLOCK * 3 + 5 }, (_, i) => (i % 7 === 3 ? '' : `Строка ${i} 😀.`)).join(
      '\n',
    );
    const big = new TextDoc(long);
    expect(big.doc.childCount).toBe(4);
    for (let offset = 0; offset < long.length; offset++) {
      if (long[offset] === '\n') continue;
      const pos = big.toPos(offset);
      expect(big.doc.textBetween(pos, pos + 1)).toBe(long[offset]);
      expect(big.toOffset(pos)).toBe(offset);
    }
    const start = long.indexOf(`Строка ${LINES_PER_BLOCK - 1} `);
    const end = long.indexOf(`Строка ${LINES_PER_BLOCK + 1} `);
    expect(big.doc.textBetween(big.toPos(start), big.toPos(end), '\n')).toBe(long.slice(start, end));
  });

  it('maps every offset to the position of the same character and back', () => {
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n') continue;
      const pos = td.toPos(offset);
      expect(td.doc.textBetween(pos, pos + 1)).toBe(text[offset]);
      expect(td.toOffset(pos)).toBe(offset);
    }
  });

  it('maps a span to positions covering exactly its text', () => {
    const start = text.indexOf('абзац 🛡️');
    const end = start + 'абзац 🛡️'.length;
    expect(td.doc.textBetween(td.toPos(start), td.toPos(end))).toBe('абзац 🛡️');
  });

  it('maps positions between paragraphs to the start of the next line', () => {
    const secondParagraphStart = td.toPos(text.indexOf('Второй'));
    expect(td.toOffset(secondParagraphStart - 1)).toBe(text.indexOf('Второй'));
    expect(td.toOffset(0)).toBe(0);
    expect(td.toOffset(td.doc.content.size)).toBe(text.length);
  });
});
