/**
 * Converts between UTF-16 code units (JavaScript string offsets, Glossator's
 * internal unit) and Unicode code points (the unit of W3C selectors, REFI-QDA
 * and brat). They differ once the text holds characters outside the Basic
 * Multilingual Plane, such as emoji.
 */
export function utf16ToCodePoints(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** The UTF-16 offset at which the `points`-th code point starts (clamped to the text). */
export function codePointsToUtf16(text: string, points: number): number {
  let i = 0;
  for (let p = 0; p < points && i < text.length; p++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}
