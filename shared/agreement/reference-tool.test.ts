/**
 * Cross-check against the reference tool ../shared/validators/agreement/ref.py
 * (sklearn, nltk, statsmodels) on generated data with missing values. Test
 * only: it may use node:* (the coefficients themselves stay pure).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { percentAgreement } from './percent-agreement.ts';
import { dataC } from './reference-data.fixture.ts';
import type { Cell, ReliabilityData } from './reliability-data.ts';

const refScript = resolve(import.meta.dirname, '../../../shared/validators/agreement/ref.py');
const python = '/usr/bin/python3';

function missingTool(): string | null {
  if (!existsSync(refScript)) return `${refScript} is missing`;
  if (!existsSync(python)) return `${python} is missing`;
  return null;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Units that agree more often than chance, with up to 30 % missing values. */
function generate(seed: number, coders: number, units: number): ReliabilityData {
  const next = random(seed);
  const categories = ['claim', 'actor', 'stance', 'date'];
  const missing = next() * 0.3;
  const rows: Cell[][] = [];
  for (let u = 0; u < units; u++) {
    const truth = categories[Math.floor(next() * categories.length)] as string;
    rows.push(
      Array.from({ length: coders }, () => {
        if (next() < missing) return null;
        return next() < 0.6 ? truth : (categories[Math.floor(next() * categories.length)] as string);
      }),
    );
  }
  return { coders: Array.from({ length: coders }, (_, i) => `c${i + 1}`), units: rows };
}

interface Reference {
  cohen: Map<string, number>;
  avgAo?: number;
  pi?: number;
  statsmodelsFleiss?: number;
  alpha: number;
}

function runReference(data: ReliabilityData): Reference {
  const dir = mkdtempSync(join(tmpdir(), 'glossator-agreement-'));
  try {
    const file = join(dir, 'data.json');
    writeFileSync(file, JSON.stringify({ annotators: data.coders, items: data.units }));
    const out = execFileSync(python, [refScript, file], { encoding: 'utf8' });
    const number = (pattern: RegExp) => {
      const match = pattern.exec(out);
      return match ? Number(match[1]) : undefined;
    };
    const cohen = new Map<string, number>();
    for (const match of out.matchAll(/^\s+(\S+) vs (\S+): n=\d+\s+sklearn=(\S+)/gm)) {
      cohen.set(`${match[1]}|${match[2]}`, Number(match[3]));
    }
    const alpha = number(/nominal\s+=\s+(\S+)/);
    if (alpha === undefined) throw new Error(`no alpha in ref.py output:\n${out}`);
    return {
      cohen,
      avgAo: number(/avg_Ao \(observed agreement\) = (\S+)/),
      pi: number(/pi \(multi-pi = Fleiss' kappa\) = (\S+)/),
      statsmodelsFleiss: number(/statsmodels fleiss_kappa\s+= (\S+)/),
      alpha,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The units every coder coded (ref.py's "complete cases"). */
function complete(data: ReliabilityData): ReliabilityData {
  return { coders: data.coders, units: data.units.filter((row) => row.every((cell) => cell !== null)) };
}

describe('agreement coefficients against ref.py (sklearn, nltk, statsmodels)', () => {
  it('matches on Krippendorff data C', (ctx) => {
    const reason = missingTool();
    if (reason) {
      console.log(`skipped: ${reason}`);
      ctx.skip();
    }
    const ref = runReference(dataC);
    expect(ref.alpha).toBeCloseTo(0.743421, 6);
    expect(krippendorffAlpha(dataC).value).toBeCloseTo(ref.alpha, 6);
  });

  const cases = [
    { seed: 1, coders: 2, units: 40 },
    { seed: 2, coders: 3, units: 50 },
    { seed: 3, coders: 4, units: 60 },
    { seed: 4, coders: 5, units: 80 },
    { seed: 5, coders: 5, units: 30 },
  ];
  it.for(cases)(
    'matches on generated data: seed $seed, $coders coders × $units units',
    ({ seed, coders, units }, ctx) => {
      const reason = missingTool();
      if (reason) {
        console.log(`skipped: ${reason}`);
        ctx.skip();
      }
      const data = generate(seed, coders, units);
      expect(data.units.some((row) => row.includes(null))).toBe(true);
      const ref = runReference(data);

      // ref.py prints 6 decimals: compare to within 1e-6 (toBeCloseTo(x, 6) allows 5e-7 + rounding).
      expect(Math.abs((krippendorffAlpha(data).value ?? Number.NaN) - ref.alpha)).toBeLessThanOrEqual(1e-6);

      expect(ref.cohen.size).toBe((coders * (coders - 1)) / 2);
      for (const [pair, expected] of ref.cohen) {
        const [a, b] = pair.split('|').map((name) => data.coders.indexOf(name));
        const kappa = cohenKappa(data, a, b).value;
        expect(Math.abs((kappa ?? Number.NaN) - expected), pair).toBeLessThanOrEqual(1e-6);
      }

      const full = complete(data);
      const fleiss = fleissKappa(data);
      expect(fleiss.units).toBe(full.units.length);
      // The generated cases are chosen to have complete units, so this branch always runs.
      expect(full.units.length).toBeGreaterThanOrEqual(2);
      expect(ref.pi).toBeDefined();
      expect(Math.abs((fleiss.value ?? Number.NaN) - (ref.pi ?? Number.NaN))).toBeLessThanOrEqual(1e-6);
      if (ref.statsmodelsFleiss !== undefined) {
        expect(Math.abs((fleiss.value ?? Number.NaN) - ref.statsmodelsFleiss)).toBeLessThanOrEqual(1e-6);
      }
      expect(Math.abs((percentAgreement(full).value ?? Number.NaN) - (ref.avgAo ?? Number.NaN))).toBeLessThanOrEqual(
        1e-6,
      );
    },
  );
});
