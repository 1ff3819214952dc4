/** Published reference data for the agreement tests (test-only; imported by *.test.ts). */
import type { ReliabilityData } from './reliability-data.ts';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
 * reliability data "C": 4 observers × 12 units, values 1–5, missing values
 * (also Gwet 2014, Handbook of Inter-Rater Reliability, pp. 55–56).
 */
export const dataC: ReliabilityData = {
  coders: ['A', 'B', 'C', 'D'],
  units: [
    ['1', '1', null, '1'],
    ['2', '2', '3', '2'],
    ['3', '3', '3', '3'],
    ['3', '3', '3', '3'],
    ['2', '2', '2', '2'],
    ['1', '2', '3', '4'],
    ['4', '4', '4', '4'],
    ['1', '1', '2', '1'],
    ['2', '2', '2', '2'],
    [null, '5', '5', '5'],
    [null, null, '1', '1'],
    [null, null, '3', null],
  ],
};

/** Two coders from a 2 × 2 table of counts [[yes/yes, yes/no], [no/yes, no/no]]. */
export function fromTable(table: readonly [readonly [number, number], readonly [number, number]]): ReliabilityData {
  const labels = ['yes', 'no'] as const;
  const units: string[][] = [];
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) units.push([labels[i] as string, labels[j] as string]);
    });
  });
  return { coders: ['A', 'B'], units };
}
