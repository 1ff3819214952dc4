/**
 * Offsets between brat's unit and ours. brat counts code points on the .txt
 * as it is on disk (a BOM is character 0, a CR is a character); Glossator
 * counts UTF-16 code units on the normalised text (no BOM, LF, NFC).
 */

/** UTF-16 offset → code point offset for every position of `text` (a table, for many look-ups on one text). */
export function codePointTable(text: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) table[++i] = points;
    }
    points++;
  }
  table[text.length] = points;
  return table;
}

/** Code point offset → UTF-16 offset, for every code point boundary of `text` (its length: the count of code points + 1). */
export function utf16Table(text: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  out.push(text.length);
  return Int32Array.from(out);
}

/** A combining character (or a Hangul vowel or final jamo): NFC may join it to the character before. */
const joins = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

/**
 * The normalised text of a raw .txt and where each raw UTF-16 position
 * lands in it (-1: inside a character the normalisation joined, no
 * boundary of ours). Mirrors shared/text/normalize-text.ts step by step:
 * BOM dropped, CRLF/CR/U+2028/U+2029 → LF, NFC per run of a character and
 * the marks that follow it (NFC never joins across such runs).
 */
export function normalisationMap(raw: string): { text: string; at: Int32Array } {
  const at = new Int32Array(raw.length + 1).fill(-1);
  let lf = '';
  const lfAt = new Int32Array(raw.length + 1);
  let i = 0;
  if (raw.charCodeAt(0) === 0xfeff) {
    lfAt[0] = 0;
    i = 1;
  }
  for (; i < raw.length; i++) {
    lfAt[i] = lf.length;
    const c = raw[i]!;
    if (c === '\r' && raw[i + 1] === '\n') {
      // The CR and the LF are one LF: a boundary between them is the LF's start.
      lfAt[++i] = lf.length;
      lf += '\n';
    } else lf += c === '\r' || c === '\u2028' || c === '\u2029' ? '\n' : c;
  }
  lfAt[raw.length] = lf.length;
  const nfc = lf.normalize('NFC');
  const lfToNfc = new Int32Array(lf.length + 1).fill(-1);
  if (nfc === lf) for (let k = 0; k <= lf.length; k++) lfToNfc[k] = k;
  else {
    let out = '';
    let runStart = 0;
    const closeRun = (end: number) => {
      lfToNfc[runStart] = out.length;
      out += lf.slice(runStart, end).normalize('NFC');
      runStart = end;
    };
    for (const match of lf.matchAll(/[\s\S]/gu)) {
      const k = match.index;
      if (k > runStart && !joins.test(match[0])) closeRun(k);
    }
    closeRun(lf.length);
    lfToNfc[lf.length] = out.length;
    // Our runs always give NFC; should they not (a rule not foreseen), no offset is trusted but the ends.
    if (out !== nfc) lfToNfc.fill(-1, 1, lf.length);
  }
  for (let k = 0; k <= raw.length; k++) at[k] = lfToNfc[lfAt[k]!]!;
  return { text: nfc, at };
}
