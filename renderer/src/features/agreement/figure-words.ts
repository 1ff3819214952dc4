import type { LabelFigures } from '../../../../shared/agreement/agreement-types.ts';
import type { UndefinedReason } from '../../../../shared/agreement/coefficient.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { formatFigure } from './figure-format.ts';

/** The nominal coefficients, in the order the report shows them. */
export const labelCoefficients = [
  'percent',
  'cohen',
  'fleiss',
  'alpha',
  'ac1',
] as const satisfies readonly (keyof LabelFigures)[];
export type LabelCoefficient = (typeof labelCoefficients)[number];
/** Every figure the report names, αu included. */
export type CoefficientName = LabelCoefficient | 'unitizing';

/** A figure as the report holds it: a value or null with its reason (a code). */
export interface FigureLike {
  value: number | null;
  reason?: UndefinedReason | null;
}

/**
 * A figure as the user reads it: three decimals in their language, or
 * "undefined: <reason>" where it has no value, never 1.0 or NaN. `null`
 * (not a figure at all) is Cohen's κ with more than two coders.
 */
export function figureText(t: Translate, language: Language, figure: FigureLike | null): string {
  if (figure === null) return t('agreement:twoCodersOnly');
  if (figure.value !== null && Number.isFinite(figure.value)) return formatFigure(figure.value, language);
  return t('agreement:undefinedFigure', { reason: t(`agreement:reason-${figure.reason ?? 'no-units'}`) });
}

/** A category's name: the tag's path in the codebook, or its id for a tag the codebook lacks (a colleague's). */
export function categoryName(t: Translate, tags: readonly Tag[], tagId: string): string {
  return tags.some((tag) => tag.id === tagId) ? tagPathLabel(tags, tagId) : t('agreement:unknownTag', { id: tagId });
}
