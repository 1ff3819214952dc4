import { describe, expect, it } from 'vitest';
import { chooseKept, type RotationEntry, sizeOf } from './backup-rotation.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 11, 1, 12);

/** A backup `hoursAgo` old holding one object of its own and one shared by all. */
const entry = (hoursAgo: number, size = 10): RotationEntry => ({
  id: `b${String(1e6 - hoursAgo).padStart(7, '0')}`,
  created: now - hoursAgo * HOUR,
  manifestSize: 1,
  objects: [
    { hash: `own-${hoursAgo}`, size },
    { hash: 'shared', size: 100 },
  ],
});

describe('backup rotation', () => {
  const policy = { recent: 3, daily: 7, weekly: 4, capBytes: 1e9 };

  it('keeps the last ones, then the last of each day, then of each week', () => {
    // One backup every 6 hours for 60 days.
    const entries = Array.from({ length: 240 }, (_, i) => entry(i * 6));
    const kept = chooseKept(entries, policy, now);
    const keptEntries = entries.filter((e) => kept.has(e.id));
    const ages = keptEntries.map((e) => (now - e.created) / HOUR);
    expect(ages.slice(0, 3)).toEqual([0, 6, 12]);
    const dayOf = (e: RotationEntry) => Math.floor(e.created / DAY);
    const today = Math.floor(now / DAY);
    // Each of the last 7 days: its newest backup is kept.
    for (let d = 0; d < 7; d++) {
      const newest = entries.find((e) => dayOf(e) === today - d);
      expect(kept.has(newest?.id as string)).toBe(true);
    }
    // Older than that: at most one a week, none past 4 weeks.
    const older = keptEntries.filter((e) => dayOf(e) <= today - 7);
    const weeks = older.map((e) => Math.floor(dayOf(e) / 7));
    expect(new Set(weeks).size).toBe(weeks.length);
    expect(older.every((e) => today - dayOf(e) < 28)).toBe(true);
    expect(older.length).toBeGreaterThan(0);
    expect(keptEntries.length).toBeLessThanOrEqual(3 + 7 + 4);
  });

  it('drops the oldest until the cap is met, counting shared contents once, and never the newest or a pinned one', () => {
    const entries = [entry(0, 50), entry(30, 50), entry(60, 50), entry(90, 50)];
    expect(sizeOf(entries, new Set(entries.map((e) => e.id)))).toBe(4 * 51 + 100);
    const kept = chooseKept(entries, { ...policy, capBytes: 260 }, now, new Set([entries[3]?.id as string]));
    // 304 bytes in all: the oldest is pinned, so the next oldest goes, leaving 253.
    expect([...kept].sort()).toEqual([entries[0]?.id, entries[1]?.id, entries[3]?.id].sort());
    expect(sizeOf(entries, kept)).toBeLessThanOrEqual(260);
    // A cap smaller than the newest alone keeps the newest.
    expect([...chooseKept(entries, { ...policy, capBytes: 1 }, now)]).toEqual([entries[0]?.id]);
  });

  it('keeps nothing of nothing', () => {
    expect(chooseKept([], policy, now).size).toBe(0);
  });
});
