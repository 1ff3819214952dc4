/**
 * Runs one `npm run cli` command in this process (argv after the script) and
 * prints, as the last line on stdout, its time and the process's peak memory
 * as JSON: what the bundle benchmarks measure.
 */
import { runCli } from '../electron/cli/run-cli.ts';

const started = performance.now();
const out: string[] = [];
const err: string[] = [];
const code = await runCli(process.argv.slice(2), { out: (s) => out.push(s), err: (s) => err.push(s) });
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ code, ms, peakMB: process.resourceUsage().maxRSS / 1024, out: out.join('\n'), err: err.join('\n') })}\n`,
);
