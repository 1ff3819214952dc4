import type { Codebook } from '../model/codebook.ts';
import type { ConfusionMatrix } from './agreement-types.ts';
import type { UnitMembers } from './align-units.ts';
import { codebookOrder } from './labels.ts';

/**
 * Two coders' categories cross-tabulated over every unit either of them
 * marked: counts[A's category][B's category], with a last row and column
 * for "not marked", so units only one of them marked are in the table too
 * (the heat map shows what each missed, not only what they labelled
 * differently). Categories in the codebook's order.
 */
export function confusionMatrix(
  units: Iterable<UnitMembers>,
  a: number,
  b: number,
  coderA: string,
  coderB: string,
  codebook: Codebook,
): ConfusionMatrix {
  const pairs: Array<[string | null, string | null]> = [];
  const seen = new Set<string>();
  for (const members of units) {
    const x = members[a]?.category ?? null;
    const y = members[b]?.category ?? null;
    if (x === null && y === null) continue;
    if (x !== null) seen.add(x);
    if (y !== null) seen.add(y);
    pairs.push([x, y]);
  }
  const labels = codebookOrder(codebook, seen);
  const index = new Map(labels.map((label, i) => [label, i]));
  const size = labels.length + 1;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const [x, y] of pairs) {
    const row = x === null ? labels.length : (index.get(x) as number);
    const column = y === null ? labels.length : (index.get(y) as number);
    (counts[row] as number[])[column] = ((counts[row] as number[])[column] as number) + 1;
  }
  return { coderA, coderB, labels, counts };
}
