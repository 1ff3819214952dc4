/**
 * The entry of `npm run cli` (built to out/main/cli.js): Glossator's core
 * without a window. Output on stdout, refusals on stderr, the exit status
 * says which (see runCli).
 */
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
