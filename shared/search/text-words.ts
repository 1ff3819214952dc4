/** A word of a text: a run of letters, marks and digits. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, each with its UTF-16 offsets. */
export function* textWords(text: string, from = 0): Generator<{ word: string; start: number; end: number }> {
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield { word: m[0], start: m.index, end: m.index + m[0].length };
  }
}
