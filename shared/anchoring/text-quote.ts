import type { TextQuote } from '../model/annotation.ts';
import { splitsSurrogatePair } from './surrogates.ts';

/**
 * Characters of context kept on each side of a quote. 32 is what Hypothesis
 * uses: long enough to tell repeated phrases apart, short enough to survive
 * edits nearby.
 */
export const QUOTE_CONTEXT_LENGTH = 32;

/**
 * Describes text[start, end) as a quote with its prefix and suffix. The
 * context never starts or ends inside a surrogate pair, so it may be one
 * code unit shorter than QUOTE_CONTEXT_LENGTH.
 */
export function describeQuote(text: string, start: number, end: number): TextQuote {
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/** True when the text still holds the quoted words at the recorded position. */
export function quoteMatchesAt(text: string, start: number, end: number, quote: TextQuote): boolean {
  return text.slice(start, end) === quote.exact;
}
