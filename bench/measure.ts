/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

let overBudget = 0;

/** Prints one figure with its budget: `bench <name>: <value> <unit> (budget ≤ N) ok|OVER`. */
export function report(name: string, value: number, unit: string, budget?: number, note = ''): void {
  const verdict = budget === undefined ? '' : value <= budget ? ' ok' : ' OVER BUDGET';
  if (budget !== undefined && value > budget) overBudget++;
  const limit = budget === undefined ? '' : ` (budget ≤ ${budget} ${unit})`;
  console.log(
    `bench ${name}: ${value.toFixed(unit === 'MB' ? 0 : 1)} ${unit}${limit}${verdict}${note ? ` ${note}` : ''}`,
  );
}

export function overBudgetCount(): number {
  return overBudget;
}
