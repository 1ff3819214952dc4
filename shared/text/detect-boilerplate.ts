/** Why a line looks like page furniture rather than article text. */
export type BoilerplateKind = 'ticker' | 'hashtags' | 'related-list' | 'credit' | 'share' | 'source-label';

/** A stretch of text proposed for removal: whole lines, with the line break after them. */
export interface BoilerplateSpan {
  start: number;
  end: number;
  kind: BoilerplateKind;
  /** What the user is shown next to the struck-through text. */
  reason: string;
}

const reasons: Record<BoilerplateKind, string> = {
  ticker: 'bare numbers or a lone symbol: a currency ticker or a button',
  hashtags: 'a row of hashtags',
  'related-list': 'a list of other headlines (“Читайте также”, “Лента новостей”)',
  credit: 'a photo credit',
  share: 'a share or subscribe line',
  'source-label': 'a stray “Источник” link label',
};

const RELATED_HEADER =
  /^(читайте также|читайте еще|читайте ещё|лента новостей|другие новости|похожие новости|новости по теме|по теме|самое читаемое|read also|related news|more news)\s*:?\s*$/i;
// (\b does not work with Cyrillic: "not followed by a letter" instead.)
const CREDIT = /^(фото|фотография|иллюстративное фото|photo|фото взято|источник фото)(?!\p{L})/iu;
const SHARE =
  /^(поделиться|поделитесь|подписывайтесь|подпишитесь|share|subscribe|читайте нас|следите за нами)(?!\p{L})/iu;
const SOURCE_LABEL = /^(источник|source)\s*:?\s*$/i;
const NUMBERS = /^[\d\s.,:%+\-–/]+$/;
const LONE_SYMBOL = /^[×✕✖x+|•·]$/i;

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
 * numbers, hashtag rows, photo credits, share lines, a lone “Источник” at the
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
  return merge(
    found.map(({ line, kind }) => {
      const l = lines[line]!;
      // Include the line break, so taking the span out leaves no empty line behind.
      const end = l.end < text.length ? l.end + 1 : l.end;
      return { start: l.start, end, kind, reason: reasons[kind] };
    }),
  );
}

function classify(line: string, isLast: boolean): BoilerplateKind | null {
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
