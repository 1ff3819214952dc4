/**
 * True when two plain JSON values are equal whatever the order of their
 * keys: a record read back from disk and the same record built by the
 * import compare equal, so re-importing a bundle finds nothing new.
 * Keys whose value is undefined count as absent (as JSON writes them).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  if (kx.length !== keys(y).length) return false;
  return kx.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}
