import type { LabelFigures } from './agreement-types.ts';
import type { Coefficient } from './coefficient.ts';
import { cohenKappa } from './cohen-kappa.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { gwetAc1 } from './gwet-ac1.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { percentAgreement } from './percent-agreement.ts';
import type { Cell } from './reliability-data.ts';

/**
 * The nominal coefficients over one set of units (rows of one cell per
 * coder, null where that coder did not mark the unit). Percent agreement,
 * Cohen's and Fleiss' kappa and Gwet's AC1 are computed over the complete
 * units (every coder marked them): their formulas compare all coders on
 * every unit. Krippendorff's α uses every unit with two or more values, as
 * it is defined to. Each figure's `unitsFound` is every unit given, so
 * what a figure did not use shows.
 */
export function labelFigures(rows: readonly (readonly Cell[])[], coderCount: number): LabelFigures {
  const coders = Array.from({ length: coderCount }, (_, i) => String(i));
  const complete = rows.filter(isComplete);
  const found = rows.length;
  const completeData = { coders, units: complete };
  const cohen = coderCount === 2 ? cohenKappa(completeData) : null;
  return {
    percent: withFound(percentAgreement(completeData), found),
    cohen: cohen && withFound(cohen, found),
    fleiss: withFound(fleissKappa(completeData), found),
    alpha: krippendorffAlpha({ coders, units: rows }),
    ac1: withFound(gwetAc1(completeData), found),
  };
}

function isComplete(row: readonly Cell[]): boolean {
  for (const cell of row) if (cell === null) return false;
  return true;
}

function withFound(figure: Coefficient, found: number): Coefficient {
  return { ...figure, unitsFound: found };
}
