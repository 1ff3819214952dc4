/** Text as bytes in the encodings Glossator reads, for tests (TextEncoder writes only UTF-8). */

/** The text with each character a legacy code page lacks replaced by "?". */
export function representable(text: string, encoding: 'windows-1251' | 'koi8-r'): string {
  const table = legacyTable(encoding);
  return [...text].map((ch) => (table.has(ch) ? ch : '?')).join('');
}

function legacyTable(encoding: 'windows-1251' | 'koi8-r'): Map<string, number> {
  const table = new Map<string, number>();
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...decoded].forEach((ch, i) => {
    if (!table.has(ch)) table.set(ch, i);
  });
  return table;
}

/** Bytes of `text` in a single-byte legacy encoding, built from the decoder's own table. */
export function encodeLegacy(text: string, encoding: 'windows-1251' | 'koi8-r'): Uint8Array {
  const table = new Map<string, number>();
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...decoded].forEach((ch, i) => {
    if (!table.has(ch)) table.set(ch, i);
  });
  return Uint8Array.from(
    [...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} has no byte in ${encoding}`);
      return byte;
    }),
  );
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}
