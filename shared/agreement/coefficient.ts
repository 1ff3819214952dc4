/**
 * The result of an agreement coefficient. A figure that is undefined says
 * so: `value` is `null` and `reason` tells why, instead of NaN or a
 * misleading 1.0.
 */

/**
 * Why a coefficient has no value:
 * - `no-units`: no unit could be used (none coded by enough coders);
 * - `no-variation`: chance agreement is total (every value in one
 *   category), so the coefficient's denominator is zero;
 * - `too-few-coders`: fewer coders than the coefficient needs.
 */
export type UndefinedReason = 'no-units' | 'no-variation' | 'too-few-coders';

export interface Coefficient {
  /** The coefficient, or `null` when it is undefined for this data. */
  readonly value: number | null;
  /** The number of units the figure was computed over. */
  readonly units: number;
  /** The number of units in the input (used or not), so drops are visible. */
  readonly unitsFound: number;
  /** Set exactly when `value` is `null`. */
  readonly reason?: UndefinedReason;
}

/** A defined figure. */
export function defined(value: number, units: number, unitsFound: number): Coefficient {
  return { value, units, unitsFound };
}

/** An undefined figure, with its reason. */
export function undefinedFigure(reason: UndefinedReason, units: number, unitsFound: number): Coefficient {
  return { value: null, units, unitsFound, reason };
}
