import type { TextQuote } from '../../../../shared/model/annotation.ts';

/** Longest quote drawn in a row: the rest would be cut off by the row anyway. */
const MAX_EXACT = 300;

/** Line breaks and runs of spaces shown as one space, so each row stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * An annotation's text in keyword-in-context form: the words before it
 * right-aligned, the quote in bold, the words after it. Rows stacked this
 * way line up on the quote, which is how concordances are read.
 */
export function QuoteInContext({ quote }: { quote: TextQuote }) {
  return (
    <span className="kwic">
      <span className="kwic-prefix">
        <span>{oneLine(quote.prefix)}</span>
      </span>
      <strong className="kwic-exact">{oneLine(quote.exact.slice(0, MAX_EXACT))}</strong>
      <span className="kwic-suffix">{oneLine(quote.suffix)}</span>
    </span>
  );
}
