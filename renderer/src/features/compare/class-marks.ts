import type { UnitClass } from '../../../../shared/agreement/agreement-types.ts';

/**
 * The sign of each kind of unit, drawn at the unit's start in the text, in
 * the legend and in the detail: the kinds are told apart by these signs and
 * by their outlines (compare.css), not by colour alone.
 */
export const classSigns: Record<UnitClass, string> = {
  agree: '=',
  'tag-differs': '≠',
  'boundary-differs': '↔',
  'both-differ': '≠↔',
  'only-some': '∅',
};

/** The legend's word for a class: with two coders, "only some" is "only one". */
export function classKey(unitClass: UnitClass, coders: number) {
  return unitClass === 'only-some' && coders === 2
    ? ('compare:class-only-one' as const)
    : (`compare:class-${unitClass}` as const);
}
