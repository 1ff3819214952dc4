import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp-dir.ts';

/**
 * electronegativity, Doyensec's scanner for Electron misconfigurations, run on
 * electron/ (less its tests) together with the page it loads (renderer/index.html, where its
 * CSP check finds the policy: the one sent as a header from the app protocol
 * is out of its sight) and package.json (the Electron version). A finding it
 * gets wrong is silenced where it is reported, with an `eng-disable` comment
 * that says why; everything of medium severity or above fails this test,
 * including the findings that only ask for a manual review.
 */
const repo = resolve(import.meta.dirname, '..', '..');
const scanner = join(import.meta.dirname, 'testing', 'electronegativity.cjs');
const serious = new Set(['MEDIUM', 'HIGH']);

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  manualReview: boolean;
  file: string;
  line: number;
  sample: string;
  description: string;
}
interface ScanResult {
  atomicChecks: number;
  globalChecks: number;
  findings: Finding[];
  errors: Array<{ file: string; message: string }>;
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-scan-')));
afterAll(() => cleanup());

async function scan(folder: string): Promise<ScanResult> {
  const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
  const out = join(dir, `${folder.split('/').pop()}.json`);
  await promisify(execFile)(process.execPath, [scanner, folder, pkg.devDependencies.electron, out], {
    timeout: 25_000,
  });
  return JSON.parse(await readFile(out, 'utf8'));
}

function listed(findings: Finding[]): string {
  return findings
    .map((f) => `${f.severity} ${f.id} at ${f.file}:${f.line}${f.manualReview ? ' (review)' : ''}: ${f.description}`)
    .join('\n');
}

describe('the electronegativity security scan', () => {
  it('finds nothing of medium severity or above in electron/ and the page it loads', async () => {
    const app = join(dir, 'app');
    // The code that ships: the tests and their fakes make windows that are not the app's.
    const source = join(repo, 'electron');
    const shipped = (path: string) => !/\.test\.ts$|(^|[/\\])testing([/\\]|$)/.test(relative(source, path));
    await cp(source, join(app, 'electron'), { recursive: true, filter: shipped });
    expect(existsSync(join(app, 'electron', 'main', 'window-options.ts'))).toBe(true);
    await mkdir(join(app, 'renderer'));
    await cp(join(repo, 'renderer', 'index.html'), join(app, 'renderer', 'index.html'));
    await cp(join(repo, 'package.json'), join(app, 'package.json'));

    const result = await scan(app);
    // A file it cannot parse is a file it did not check.
    expect(result.errors).toEqual([]);
    expect(result.atomicChecks).toBeGreaterThan(20);
    const found = result.findings.filter((f) => serious.has(f.severity));
    expect(found, `electronegativity found:\n${listed(found)}`).toEqual([]);
  }, 30_000);

  it('does catch a window that is not isolated, and a page without a CSP', async () => {
    const weak = join(dir, 'weak');
    await mkdir(weak);
    await writeFile(
      join(weak, 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = (preload: string): BrowserWindow =>',
        '  new BrowserWindow({ webPreferences: { preload, contextIsolation: false, sandbox: false } });',
      ].join('\n'),
    );
    const { findings, errors } = await scan(weak);
    expect(errors).toEqual([]);
    const ids = findings.filter((f) => serious.has(f.severity)).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK']));
  }, 30_000);
});
