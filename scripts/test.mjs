#!/usr/bin/env node
// `npm test`: type-check, lint, the check for literal text (scripts/check-literals.mjs), build, unit tests (vitest), end-to-end tests (Playwright),
// then one closing line `total: N passed, N failed, N skipped` counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type-check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['literal text', 'node', ['scripts/check-literals.mjs']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

mkdirSync('reports', { recursive: true });
for (const report of ['reports/vitest.json', 'reports/playwright.json']) rmSync(report, { force: true });

const failedSteps = [];
for (const [name, command, args] of steps) {
  if (name === 'end-to-end tests' && failedSteps.includes('build')) {
    failedSteps.push(name);
    console.log(`\n▶ ${name}: not run, the build failed`);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failedSteps.push(name);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += v.numFailedTests ?? 0;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync('reports/playwright.json')) {
  const s = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
}
// A step that failed without a test report (type errors, lint, literal text, build) counts as one failure.
for (const step of failedSteps) {
  if (step !== 'unit tests' && step !== 'end-to-end tests') totals.failed += 1;
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
