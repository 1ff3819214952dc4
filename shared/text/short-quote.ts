/**
 * A quote cut to one short line, for undo labels, messages, lists and
 * network labels: runs of spaces and line breaks become one space, and a
 * quote longer than `max` characters ends in "…" (max counts the "…").
 */
export function shortQuote(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
