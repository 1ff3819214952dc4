import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { labelFigures } from '../../../shared/agreement/label-figures.ts';
import { readReliabilityTable } from '../../../shared/agreement/read-table.ts';
import type { ReliabilityData } from '../../../shared/agreement/reliability-data.ts';
import { CsvProblem } from '../../../shared/formats/csv/read-csv.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { agreementJson, figureLines } from '../agreement-output.ts';
import { lastOption, UsageError } from '../cli-args.ts';
import { exitCodes, type FileCommand } from './command.ts';

/** Larger than any table of at most 2,000,000 categories of a sane length: refused before it is read. */
const maxTableBytes = 256 * 2 ** 20;

/** Options of `agreement --project` that mean nothing for a table. */
const projectOnly = ['--layers', '--tags', '--unit', '--threshold'];

/**
 * `agreement --table FILE.csv [--json]`: agreement of data coded elsewhere, a
 * table of units × coders (header: coder names; an empty cell = not coded).
 * Needs no project; reads the file and nothing else.
 */
export const agreementTableCommand: FileCommand = async ({ args, t, out, err }) => {
  const file = resolve(lastOption(args, '--table') as string);
  if (args.positional.length) throw new UsageError(args.positional[0] as string);
  const extra = projectOnly.find((option) => args.options.has(option));
  if (extra) {
    err(t('cli:agreementTableOptions', { option: extra }));
    return exitCodes.usage;
  }
  let data: ReliabilityData;
  try {
    const { size } = await stat(file);
    if (size > maxTableBytes)
      throw new ApiError('too-large', message('cli:tableTooLarge', { file, megabytes: Math.round(size / 2 ** 20) }));
    data = readReliabilityTable(new Uint8Array(await readFile(file)));
  } catch (error) {
    if (error instanceof CsvProblem) throw new ApiError('invalid-input', error.text);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ApiError('not-found', message('cli:tableMissing', { file }));
    // The system's code (EACCES, EISDIR, EIO…) as it is: it is what a search or an administrator needs.
    if (code) throw new ApiError('io', message('cli:tableUnreadable', { file, code }));
    throw error;
  }
  // The same figures as the app's over its units: Cohen's, Fleiss', percent and AC1 over the complete rows, α over all.
  const figures = labelFigures(data.units, data.coders.length);
  if (args.flags.has('--json')) out(JSON.stringify(agreementJson(data.coders, data.units.length, figures)));
  else {
    const heading = t('cli:agreementTableHeading', { coders: data.coders.join(', '), count: data.units.length });
    out([heading, ...figureLines(t, figures)].join('\n'));
  }
  return exitCodes.ok;
};
