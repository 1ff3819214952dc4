/**
 * How a bundle's texts are to be read, named in every manifest: the
 * normalisation every text.txt has already had (shared/text/normalize-text.ts,
 * in its order) and the unit every annotation offset counts. A reader that
 * does not apply the same rule to its own texts knows at once that offsets
 * will not line up.
 */
export const BUNDLE_TEXT_RULE = {
  normalisation: 'bom-removed, line-ends-lf, nfc',
  offsetUnit: 'utf-16',
} as const;
