import { describe, expect, it } from 'vitest';
import { TextDoc } from './text-doc.ts';

describe('TextDoc', () => {
  const text = 'Заголовок\n\nПервый абзац 🛡️ текста.\nВторой абзац.';
  const td = new TextDoc(text);

  it('makes one paragraph per line, empty lines included', () => {
    expect(td.doc.childCount).toBe(4);
    expect(td.doc.child(1).content.size).toBe(0);
    expect(td.doc.textBetween(0, td.doc.content.size, '\n')).toBe(text);
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
