import { Mapping, StepMap } from 'prosemirror-transform';
import { because } from '../i18n/message.ts';
import { inEnglish } from '../i18n/in-english.ts';
import type { Annotation, TextQuote } from '../model/annotation.ts';
import { splitsSurrogatePair } from './surrogates.ts';
import type { TextChange } from './text-change.ts';
import { describeQuote } from './text-quote.ts';
import { rangeProblem } from './text-range.ts';

/** A span of a text in UTF-16 code units, start inclusive, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What a text correction did to a document's annotations. */
export interface MappedAnnotations {
  /** Every annotation, in the order given; the ones the changes left alone are the very same objects. */
  annotations: Annotation[];
  /** Ids of the annotations whose text was deleted and found nowhere else: newly orphaned. */
  orphaned: string[];
  /** Ids of the annotations whose text was deleted but found again elsewhere by their quote. */
  moved: string[];
}

/**
 * At most this many occurrences of a quote are weighed by findQuote: enough
 * for any phrase worth annotating, and it keeps a search for a one-letter
 * quote in a million-character text fast.
 */
export const MAX_QUOTE_CANDIDATES = 1000;

/**
 * Characters of prefix/suffix that must match around the quote's words
 * found elsewhere before a span whose text was deleted follows them there.
 */
export const MIN_MOVED_CONTEXT = 8;

/** How many characters of `context` end right where text[..at) ends. */
function matchingBefore(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && n < at && text.charCodeAt(at - 1 - n) === context.charCodeAt(context.length - 1 - n))
    n++;
  return n;
}

/** How many characters of `context` begin right where text[at..) begins. */
function matchingAfter(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && at + n < text.length && text.charCodeAt(at + n) === context.charCodeAt(n)) n++;
  return n;
}

/**
 * Where `quote.exact` occurs in `text`, choosing among several occurrences
 * the one whose surrounding text best matches the quote's prefix and suffix
 * (the most matching context characters), then the one closest to `hint`,
 * the offset where the text was expected. Null when the exact text occurs
 * nowhere, or when no occurrence has at least `minContext` matching context
 * characters. Lets an annotation follow its words when they were deleted in
 * one place and pasted in another, instead of being orphaned.
 */
export function findQuote(text: string, quote: TextQuote, hint: number, minContext = 0): TextSpan | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  let at = text.indexOf(exact);
  for (let seen = 0; at !== -1 && seen < MAX_QUOTE_CANDIDATES; seen++) {
    const end = at + exact.length;
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, end)) {
      const score = matchingBefore(text, at, quote.prefix) + matchingAfter(text, end, quote.suffix);
      const distance = Math.abs(at - hint);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = at;
        bestScore = score;
        bestDistance = distance;
      }
    }
    at = text.indexOf(exact, at + 1);
  }
  return best === -1 || bestScore < minContext ? null : { start: best, end: best + exact.length };
}

/**
 * True when at least one character of the original text[start, end) is
 * still there after the changes. Tracks the surviving pieces of the span
 * through each change, because a span can keep its width while all of its
 * words are replaced (a word retyped over), which position mapping alone
 * cannot tell from a typo fixed inside it.
 */
function anyTextSurvives(start: number, end: number, changes: readonly TextChange[]): boolean {
  let pieces = [start, end];
  for (const { from, to, insert } of changes) {
    const shift = insert.length - (to - from);
    const next: number[] = [];
    for (let i = 0; i < pieces.length; i += 2) {
      const a = pieces[i]!;
      const b = pieces[i + 1]!;
      if (a < from) next.push(a, Math.min(b, from));
      if (b > to) next.push(Math.max(a, to) + shift, b + shift);
    }
    if (next.length === 0) return false;
    pieces = next;
  }
  return true;
}

/** A point offset that lies inside the text and not inside a surrogate pair. */
function pointIn(text: string, pos: number): number {
  const clamped = Math.min(Math.max(0, pos), text.length);
  return splitsSurrogatePair(text, clamped) ? clamped - 1 : clamped;
}

function sameQuote(a: TextQuote, b: TextQuote): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}

/** The annotation at text[start, end) with its quote retaken, or the same object if nothing differs. */
function anchoredAt(text: string, annotation: Annotation, start: number, end: number, now: string): Annotation {
  const quote = describeQuote(text, start, end);
  if (
    !annotation.orphaned &&
    annotation.start === start &&
    annotation.end === end &&
    sameQuote(annotation.quote, quote)
  ) {
    return annotation;
  }
  const { orphaned: _wasOrphaned, ...rest } = annotation;
  return { ...rest, start, end, quote, modified: now };
}

/**
 * Why `changes` cannot turn a text of `oldLength` code units into one of
 * `newLength`, or null. Mapping offsets through changes that do not match
 * the texts would scatter annotations silently, so this is checked first.
 */
function changesProblem(oldLength: number, newLength: number, changes: readonly TextChange[]): string | null {
  let length = oldLength;
  for (const [i, { from, to, insert }] of changes.entries()) {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > length) {
      return `change ${i + 1} (${from}..${to}) does not fit a text of ${length} characters`;
    }
    length += insert.length - (to - from);
  }
  return length === newLength ? null : `the changes make a text of ${length} characters, not ${newLength}`;
}

/**
 * Moves a document's annotations through a correction of its text, so that
 * standoff offsets keep pointing at the same words.
 *
 * A span's start sticks to the text after it and its end to the text before
 * it, so words typed at either edge stay outside the span. A span whose
 * words were all deleted is first looked for by its quote (the words may
 * have been moved elsewhere, see findQuote); if they occur nowhere it is
 * orphaned: start = end = where the text was, quote kept, so the user can
 * re-attach it. Spans that survive get their quote retaken from the new
 * text, even if a typo inside them was fixed. Already orphaned annotations
 * only follow their position. `modified` is set to `now` on, and only on,
 * the annotations that changed; the others are returned as the same
 * objects, so callers can find what to save by identity.
 *
 * Throws when the changes do not turn a text of oldText's length into one
 * of newText's (see applyTextChanges for their meaning).
 */
export function mapAnnotationsThroughChanges(
  oldText: string,
  newText: string,
  annotations: readonly Annotation[],
  changes: readonly TextChange[],
  now: string = new Date().toISOString(),
): MappedAnnotations {
  const problem = changesProblem(oldText.length, newText.length, changes);
  if (problem) throw new Error(`Cannot map annotations through the text changes: ${problem}`);
  const mapping = new Mapping(changes.map((c) => new StepMap([c.from, c.to - c.from, c.insert.length])));
  const result: MappedAnnotations = { annotations: [], orphaned: [], moved: [] };

  for (const annotation of annotations) {
    if (annotation.orphaned) {
      const at = pointIn(newText, mapping.map(annotation.start, -1));
      result.annotations.push(
        at === annotation.start && at === annotation.end
          ? annotation
          : { ...annotation, start: at, end: at, modified: now },
      );
      continue;
    }

    let start = mapping.map(annotation.start, 1);
    let end = mapping.map(annotation.end, -1);
    if (splitsSurrogatePair(newText, start)) start++;
    if (splitsSurrogatePair(newText, end)) end--;
    if (end > start && anyTextSurvives(annotation.start, annotation.end, changes)) {
      result.annotations.push(anchoredAt(newText, annotation, start, end, now));
      continue;
    }

    const at = pointIn(newText, mapping.map(annotation.start, -1));
    // Only where its context came along too: a deleted sentence's «ШОС» must
    // not jump to some other «ШОС» of the text.
    const { prefix, suffix } = annotation.quote;
    const found = findQuote(newText, annotation.quote, at, Math.min(MIN_MOVED_CONTEXT, prefix.length + suffix.length));
    if (found) {
      const moved = anchoredAt(newText, annotation, found.start, found.end, now);
      if (moved !== annotation) result.moved.push(annotation.id);
      result.annotations.push(moved);
    } else {
      result.orphaned.push(annotation.id);
      result.annotations.push({ ...annotation, start: at, end: at, orphaned: true, modified: now });
    }
  }
  return result;
}

/**
 * The annotation anchored at text[start, end) with a fresh quote and no
 * longer orphaned: what the user does to an orphaned annotation (or one that
 * drifted) by selecting its words again. Throws if the span is not one an
 * annotation may cover (see rangeProblem).
 */
export function reattachAnnotation(
  text: string,
  annotation: Annotation,
  start: number,
  end: number,
  now: string = new Date().toISOString(),
): Annotation {
  const problem = rangeProblem(text, start, end);
  if (problem) throw new Error(inEnglish(because('errors:cannotReattach', problem, { id: annotation.id })));
  const { orphaned: _wasOrphaned, ...rest } = annotation;
  return { ...rest, start, end, quote: describeQuote(text, start, end), modified: now };
}
