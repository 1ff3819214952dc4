import { describe, expect, it } from 'vitest';
import { blockAt, textBlocks } from './text-blocks.ts';

describe('textBlocks', () => {
  it('cuts after line breaks, covering the text without gaps', () => {
    const text = ['aaaa', 'bb', 'cccccc', 'd', 'eeee'].join('\n');
    const blocks = textBlocks(text, 5);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['aaaa\n', 'bb\ncccccc\n', 'd\neeee']);
    expect(blocks[0]?.start).toBe(0);
    expect(blocks.at(-1)?.end).toBe(text.length);
  });

  it('cuts a line with no breaks after a space, and never inside a surrogate pair', () => {
    const words = 'слово '.repeat(50);
    const blocks = textBlocks(words, 10);
    expect(blocks.every((b) => b.end - b.start <= 20)).toBe(true);
    expect(blocks.map((b) => words.slice(b.start, b.end)).join('')).toBe(words);
    const emoji = '😀'.repeat(30);
    const cut = textBlocks(emoji, 5);
    expect(cut.map((b) => emoji.slice(b.start, b.end)).join('')).toBe(emoji);
    for (const b of cut) expect(b.start % 2).toBe(0);
  });

  it('has no block for an empty text', () => {
    expect(textBlocks('')).toEqual([]);
  });
});

describe('blockAt', () => {
  it('finds the block holding an offset', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 10, end: 25 },
      { start: 25, end: 30 },
    ];
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, 9)).toBe(0);
    expect(blockAt(blocks, 10)).toBe(1);
    expect(blockAt(blocks, 29)).toBe(2);
    expect(blockAt(blocks, 30)).toBe(2);
  });
});
