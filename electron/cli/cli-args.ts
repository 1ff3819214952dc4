/** A command line as the CLI reads it: the command, its positional arguments, valued options and flags. */
export interface CliArgs {
  command: string | null;
  positional: string[];
  /** Every value of each valued option, in order (`--layer a --layer b`). */
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** An argument the CLI does not understand; its message is the argument. */
export class UsageError extends Error {}

const valued = new Set([
  '--project',
  '--coder',
  '--config',
  '--lang',
  '--format',
  '--out',
  '--layer',
  '--document',
  '--coder-map',
  '--table',
  '--layers',
  '--tags',
  '--unit',
  '--threshold',
  '--coders',
  '--rule',
  '--csv',
  '--remote',
]);
const flagNames = new Set(['--json', '--help', '-h', '--dry-run', '--replace-layers', '--bom']);

/** Reads argv; throws UsageError naming the first argument it cannot place. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const parsed: CliArgs = { command: null, positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (flagNames.has(arg)) parsed.flags.add(arg === '-h' ? '--help' : arg);
    else if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(arg);
      parsed.options.set(arg, [...(parsed.options.get(arg) ?? []), value]);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(arg);
    else if (parsed.command === null) parsed.command = arg;
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** The last value given for an option, if any. */
export function lastOption(args: CliArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}
