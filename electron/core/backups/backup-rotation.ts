/** What rotation needs to know of one backup. */
export interface RotationEntry {
  id: string;
  /** When it was taken (ms since the epoch). */
  created: number;
  /** Every object it holds (shared ones count once in a total), and the size of its manifest. */
  objects: ReadonlyArray<{ hash: string; size: number }>;
  manifestSize: number;
}

export interface RotationPolicy {
  /** The newest backups kept whatever their age. */
  recent: number;
  /** One a day (the day's last) for this many days. */
  daily: number;
  /** One a week (the week's last) for this many weeks. */
  weekly: number;
  /** The most all kept backups may take on disk together; the newest one is kept even if it alone is larger. */
  capBytes: number;
}

export const defaultPolicy: RotationPolicy = { recent: 10, daily: 7, weekly: 8, capBytes: 1024 ** 3 };

const DAY = 86_400_000;

/**
 * Which backups to keep: the last ones, then the last of each day, then
 * of each week (a grandfather-father-son rotation), plus those something
 * still depends on (`pinned`: an undo step restores them); then, oldest
 * first, dropped until what is kept fits the cap. Objects shared by several
 * backups count once. Pure: `now` is given.
 */
export function chooseKept(
  entries: readonly RotationEntry[],
  policy: RotationPolicy,
  now: number,
  pinned: ReadonlySet<string> = new Set(),
): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1));
  const kept = new Set<string>();
  for (const e of newestFirst.slice(0, policy.recent)) kept.add(e.id);
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const e of newestFirst) {
    const day = Math.floor(e.created / DAY);
    const age = Math.floor(now / DAY) - day;
    if (age < policy.daily && !days.has(day)) {
      days.add(day);
      kept.add(e.id);
    }
    const week = Math.floor(day / 7);
    if (age < policy.weekly * 7 && !weeks.has(week)) {
      weeks.add(week);
      kept.add(e.id);
    }
  }
  for (const e of entries) if (pinned.has(e.id)) kept.add(e.id);
  // Over the cap: the oldest go first; the newest and the pinned always stay.
  const newest = newestFirst[0]?.id;
  const holders = new Map<string, number>();
  let bytes = 0;
  for (const e of entries) {
    if (!kept.has(e.id)) continue;
    bytes += e.manifestSize;
    for (const o of e.objects) {
      const n = holders.get(o.hash) ?? 0;
      if (n === 0) bytes += o.size;
      holders.set(o.hash, n + 1);
    }
  }
  for (const e of [...newestFirst].reverse()) {
    if (bytes <= policy.capBytes) break;
    if (!kept.has(e.id) || e.id === newest || pinned.has(e.id)) continue;
    kept.delete(e.id);
    bytes -= e.manifestSize;
    for (const o of e.objects) {
      const n = (holders.get(o.hash) ?? 1) - 1;
      holders.set(o.hash, n);
      if (n === 0) bytes -= o.size;
    }
  }
  return kept;
}

/** Bytes the backups take together, each object once. */
export function sizeOf(entries: readonly RotationEntry[], ids: ReadonlySet<string>): number {
  const seen = new Set<string>();
  let bytes = 0;
  for (const e of entries) {
    if (!ids.has(e.id)) continue;
    bytes += e.manifestSize;
    for (const o of e.objects) {
      if (seen.has(o.hash)) continue;
      seen.add(o.hash);
      bytes += o.size;
    }
  }
  return bytes;
}
