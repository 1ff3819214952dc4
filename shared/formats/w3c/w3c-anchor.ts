import { findQuote } from '../../anchoring/map-annotations.ts';
import { message, type Message } from '../../i18n/message.ts';
import { normalizeText } from '../../text/normalize-text.ts';
import type { CodePointIndex } from '../../text/code-point-index.ts';
import { asList, isNode } from './w3c-json.ts';

/** Where a target's selectors put it on our text (UTF-16), or why they put it nowhere. */
export type Anchored = { start: number; end: number; byQuote: boolean } | { reason: Message };

/**
 * Places a target on our (normalised) text. The TextPositionSelector
 * (code points) is taken when it selects exactly the quote's words (ours
 * always do); otherwise the TextQuoteSelector decides, Hypothesis-style:
 * among the places its exact words occur, the one whose surroundings best
 * match its prefix and suffix, then the one nearest the position, which is
 * only a hint (another tool may have counted on another copy of the text:
 * CRLF, a BOM, NFD). The quote is normalised as our text is. A position
 * alone is taken only where the document's original is our text: where
 * normalising changed it (`originalText` differs), the other tool may have
 * counted on the original, so such a target is refused rather than misplaced.
 */
export function anchorTarget(
  text: string,
  points: CodePointIndex,
  target: unknown,
  originalText: string = text,
): Anchored {
  const selectors = isNode(target) ? asList(target.selector).filter(isNode) : [];
  const quoteSel = selectors.find((s) => s.type === 'TextQuoteSelector');
  const posSel = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quoteSel && !posSel) return { reason: message('exchange:w3c-noSelector') };
  let start: number | null = null;
  let end: number | null = null;
  if (posSel && Number.isInteger(posSel.start) && Number.isInteger(posSel.end)) {
    start = points.toUnits(posSel.start as number);
    end = points.toUnits(posSel.end as number);
  }
  const positioned = start !== null && end !== null && start < end;
  if (!quoteSel) {
    if (originalText !== text) return { reason: message('exchange:w3c-positionOnlyOnChangedText') };
    if (!positioned)
      return {
        reason: message('exchange:w3c-outsideText', {
          start: String(posSel?.start),
          end: String(posSel?.end),
          length: points.points,
        }),
      };
    return { start: start as number, end: end as number, byQuote: false };
  }
  if (typeof quoteSel.exact !== 'string' || !quoteSel.exact) return { reason: message('exchange:w3c-noQuote') };
  const quote = {
    exact: normalizeText(quoteSel.exact),
    prefix: typeof quoteSel.prefix === 'string' ? normalizeText(quoteSel.prefix) : '',
    suffix: typeof quoteSel.suffix === 'string' ? normalizeText(quoteSel.suffix) : '',
  };
  if (positioned && text.slice(start as number, end as number) === quote.exact)
    return { start: start as number, end: end as number, byQuote: false };
  const found = findQuote(text, quote, start ?? 0);
  if (!found) return { reason: message('exchange:w3c-quoteNotFound', { quote: quote.exact.slice(0, 80) }) };
  return { start: found.start, end: found.end, byQuote: posSel !== undefined };
}
