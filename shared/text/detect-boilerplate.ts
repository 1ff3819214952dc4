import { isDateLine, NUMERIC_DATE } from './read-date.ts';

/** Why a line looks like page furniture rather than article text. */
export type BoilerplateKind =
  | 'ticker'
  | 'date-line'
  | 'repeated-title'
  | 'hashtags'
  | 'related-list'
  | 'credit'
  | 'share'
  | 'source-label';

/** A stretch of text proposed for removal: whole lines, with the line break after them. */
export interface BoilerplateSpan {
  start: number;
  end: number;
  kind: BoilerplateKind;
  /**
   * Why it is proposed, as a code the window words next to the struck-through
   * text: the kind, or "date-line-other" for a date line after the first
   * (guessMetadata reads the Date field from the first one only).
   */
  reason: BoilerplateReason;
}

export type BoilerplateReason = BoilerplateKind | 'date-line-other';

const RELATED_HEADER =
  /^(читайте также|читайте еще|читайте ещё|лента новостей|другие новости|похожие новости|новости по теме|по теме|самое читаемое|read also|related news|more news)\s*:?\s*$/i;
// (\b does not work with Cyrillic: "not followed by a letter" instead.)
const CREDIT = /^(фото|фотография|иллюстративное фото|photo|фото взято|источник фото)(?!\p{L})/iu;
const SHARE =
  /^(поделиться|поделитесь|подписывайтесь|подпишитесь|share|subscribe|читайте нас|следите за нами)(?!\p{L})/iu;
const SOURCE_LABEL = /^(источник|source)\s*:?\s*$/i;
const NUMBERS = /^[\d\s.,:%+\-–/]+$/;
const LONE_SYMBOL = /^[×✕✖x+|•·]$/i;
/**
 * How far below the headline a copy of it still counts as page furniture: a
 * saved page often shows the headline twice (in the page header and again
 * above the article, around the date line). Further down, a repeated line
 * may be the author's own.
 */
const TITLE_COPY_WITHIN = 5;
const OTHER_DATE_LINE: BoilerplateReason = 'date-line-other';

interface Line {
  start: number;
  /** Offset after the line's own characters (before its "\n"). */
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part.trim() });
    start += part.length + 1;
  }
  return lines;
}

/**
 * Proposes the page furniture a saved web page brings along: tickers of bare
 * numbers, a line that is only the date, a second copy of the headline just
 * below it, hashtag rows, photo credits, share lines, a lone “Источник” at the
 * end, and lists of unrelated headlines under “Читайте также” or “Лента
 * новостей” (from the header to the end of the list). Nothing is removed
 * here: the caller shows these spans struck through, and the user decides.
 * Conservative by design: a line is proposed only when it is short and
 * matches one of these shapes, so article text is never proposed.
 */
export function detectBoilerplate(text: string): BoilerplateSpan[] {
  const lines = linesOf(text);
  const found: Array<{ line: number; kind: BoilerplateKind }> = [];
  const lastContent = lines.findLastIndex((l) => l.text.length > 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (!line) continue;
    if (RELATED_HEADER.test(line)) {
      found.push({ line: i, kind: 'related-list' });
      // The list runs while lines are short headlines (or blank).
      for (let j = i + 1; j < lines.length; j++) {
        const item = lines[j]!.text;
        if (item && (item.length > 200 || (/[.!?…]$/.test(item) && item.length > 120))) break;
        if (item) found.push({ line: j, kind: 'related-list' });
        i = j;
      }
      continue;
    }
    const kind = classify(line, i === lastContent);
    if (kind) found.push({ line: i, kind });
  }
  found.push(...titleCopies(lines, found));
  found.sort((a, b) => a.line - b.line);
  const spans = merge(
    found.map(({ line, kind }) => {
      const l = lines[line]!;
      // Include the line break, so taking the span out leaves no empty line behind.
      const end = l.end < text.length ? l.end + 1 : l.end;
      return { start: l.start, end, kind, reason: kind };
    }),
  );
  // Only the first date line is where the date was read from.
  for (const span of spans.filter((s) => s.kind === 'date-line').slice(1)) span.reason = OTHER_DATE_LINE;
  return spans;
}

/**
 * The later copies of the headline (the first line that is not furniture,
 * which guessMetadata takes as the title) among the few lines below it: the
 * same text once spaces are trimmed and collapsed.
 */
function titleCopies(
  lines: Line[],
  found: ReadonlyArray<{ line: number }>,
): Array<{ line: number; kind: BoilerplateKind }> {
  const furniture = new Set(found.map((f) => f.line));
  // As guessMetadata picks it: a short line with a date («Астана, 08.09.2023») is not the title.
  const title = lines.findIndex(
    (l, i) => l.text && !furniture.has(i) && !(NUMERIC_DATE.test(l.text) && l.text.length < 25),
  );
  if (title < 0) return [];
  const same = (s: string) => s.replace(/\s+/g, ' ');
  const headline = same(lines[title]!.text);
  const copies: Array<{ line: number; kind: BoilerplateKind }> = [];
  let seen = 0;
  for (let i = title + 1; i < lines.length && seen < TITLE_COPY_WITHIN; i++) {
    const line = lines[i]!.text;
    if (!line) continue;
    seen++;
    if (!furniture.has(i) && same(line) === headline) copies.push({ line: i, kind: 'repeated-title' });
  }
  return copies;
}

function classify(line: string, isLast: boolean): BoilerplateKind | null {
  // Before the ticker: «08.09.2023, 12:51» is bare numbers too, but it is the article's date.
  if (isDateLine(line)) return 'date-line';
  if (line.length <= 40 && (LONE_SYMBOL.test(line) || (NUMBERS.test(line) && /\d/.test(line)))) return 'ticker';
  const words = line.split(/\s+/);
  const tags = words.filter((w) => w.startsWith('#')).length;
  if (tags >= 2 && tags >= words.length * 0.4) return 'hashtags';
  if (line.length <= 120 && CREDIT.test(line)) return 'credit';
  if (line.length <= 120 && SHARE.test(line)) return 'share';
  if (isLast && SOURCE_LABEL.test(line)) return 'source-label';
  return null;
}

/** Joins spans of the same kind that touch. */
function merge(spans: BoilerplateSpan[]): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.kind === span.kind && last.end >= span.start) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** The text with the accepted spans taken out (spans in text order, not overlapping). */
export function removeSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, Math.max(at, s.start));
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}
