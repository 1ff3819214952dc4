import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The team's CSV validator (../shared beside the repository): csv-parse strict + csvkit. */
export const checkCsvScript = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'validators',
  'csv',
  'check-csv.sh',
);

/** Why validator tests are skipped, or null when the validator is there. */
export const csvValidatorMissing: string | null = existsSync(checkCsvScript) ? null : `${checkCsvScript} is absent`;

/** Runs check-csv.sh on the files: its exit status and what it printed. */
export function checkCsv(files: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync('sh', [checkCsvScript, ...files], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
