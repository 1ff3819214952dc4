/**
 * `agreement --table … --json` end to end against the reference tool
 * ../shared/validators/agreement/ref.py (sklearn, nltk, statsmodels): the
 * table is written as CSV, read by the CLI, and its figures compared to the
 * tool's on the same data, missing values included. Skipped, saying why,
 * where the tool or Debian's python3 is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp-dir.ts';
import { runCli } from './run-cli.ts';

const refScript = resolve(import.meta.dirname, '../../../shared/validators/agreement/ref.py');
const python = '/usr/bin/python3';
const missing = !existsSync(refScript) ? refScript : !existsSync(python) ? python : null;

let work: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  work = await tempDir();
});
afterEach(async () => {
  await work.cleanup();
});

/** Deterministic units × coders with agreement above chance and up to 30 % missing values; categories with commas and Cyrillic. */
function table(seed: number, coders: number, units: number): (string | null)[][] {
  let s = seed;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const categories = ['утверждение', 'предложение', 'актор, лицо', '-1'];
  return Array.from({ length: units }, () => {
    const truth = categories[Math.floor(next() * categories.length)] as string;
    return Array.from({ length: coders }, () =>
      next() < 0.3 * next() ? null : next() < 0.6 ? truth : (categories[Math.floor(next() * 4)] as string),
    );
  });
}

const quoted = (cell: string | null) =>
  cell === null ? '' : /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

describe('agreement --table against ref.py', () => {
  it.for([
    { seed: 11, coders: 2, units: 60 },
    { seed: 12, coders: 3, units: 80 },
    { seed: 13, coders: 5, units: 50 },
  ])('gives the reference figures: seed $seed, $coders coders × $units units', async ({ seed, coders, units }, ctx) => {
    if (missing) {
      console.log(`skipped: ${missing} is missing`);
      ctx.skip();
    }
    const names = Array.from({ length: coders }, (_, i) => `Кодировщик ${i + 1}`);
    const rows = table(seed, coders, units);
    const csv = join(work.dir, 'table.csv');
    await writeFile(csv, `\uFEFF${[names, ...rows].map((r) => r.map(quoted).join(',')).join('\r\n')}\r\n`);
    const data = join(work.dir, 'data.json');
    await writeFile(data, JSON.stringify({ annotators: names, items: rows }));
    const lines: string[] = [];
    const code = await runCli(['agreement', '--table', csv, '--json', '--config', join(work.dir, 'config')], {
      out: (text) => lines.push(text),
      err: (text) => lines.push(text),
      env: { LANG: 'C' },
    });
    expect(code).toBe(0);
    const ours = JSON.parse(lines.join('\n'));
    const ref = execFileSync(python, [refScript, data], { encoding: 'utf8' });
    const number = (pattern: RegExp) => Number(pattern.exec(ref)?.[1] ?? Number.NaN);
    const close = (value: number | null, expected: number) =>
      expect(Math.abs((value ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-6);

    close(ours.krippendorff_alpha_nominal, number(/nominal\s+=\s+(\S+)/));
    close(ours.fleiss_kappa, number(/pi \(multi-pi = Fleiss' kappa\) = (\S+)/));
    close(ours.percent_agreement, number(/avg_Ao \(observed agreement\) = (\S+)/));
    expect(ours.fleiss_units).toBe(number(/complete cases only \((\d+)\//));
    if (coders === 2) close(ours.cohen_kappa, number(/n=\d+\s+sklearn=(\S+)/));
    else expect(ours.cohen_kappa).toBeNull();
  });
});
