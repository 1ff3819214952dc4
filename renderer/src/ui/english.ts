import { type Translate, translator } from '../../../shared/i18n/i18n.ts';

let cached: Translate | null = null;

/** An English translator, made when first needed: the wording of helpers called without the window's `t` (tests). */
export function english(): Translate {
  cached ??= translator('en');
  return cached;
}
