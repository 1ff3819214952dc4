/** Text escaped for XML content and attributes, without the characters XML 1.0 does not allow. */
export function xml(value: string): string {
  return xmlChars(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Keeps XML 1.0's Char production: tab, newlines, and the rest but controls, lone surrogates, U+FFFE/FFFF. */
function xmlChars(value: string): string {
  let out = '';
  // Iterating a string goes by code point; a lone surrogate comes alone and is dropped.
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000
    )
      out += ch;
  }
  return out;
}
