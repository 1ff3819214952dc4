import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Translate, translator } from '../../shared/i18n/i18n.ts';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { defaultConfigDir, loadCoder } from '../core/user-settings.ts';
import { layout } from '../core/store/project-layout.ts';
import { cliLanguage, wordError } from '../server/cli-language.ts';
import { lastOption, parseArgs, UsageError, type CliArgs } from './cli-args.ts';
import { type Command, exitCodes, type FileCommand } from './commands/command.ts';
import { infoCommand } from './commands/info-command.ts';
import { exportCommand } from './commands/export-command.ts';
import { importCommand } from './commands/import-command.ts';
import { agreementCommand } from './commands/agreement-command.ts';
import { agreementTableCommand } from './commands/agreement-table-command.ts';
import { curationCommand } from './commands/curation-command.ts';
import { cloneCommand, syncCommand } from './commands/sync-command.ts';

export { exitCodes } from './commands/command.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const commands: Record<string, Command> = {
  info: infoCommand,
  export: exportCommand,
  import: importCommand,
  agreement: agreementCommand,
  curation: curationCommand,
};

/** Commands that, given these options, read a file alone and need no project: `agreement --table`. */
const fileCommands: Record<string, { option: string; run: FileCommand }> = {
  agreement: { option: '--table', run: agreementTableCommand },
};

/**
 * `npm run cli -- COMMAND [options]`: Glossator's core without a window,
 * for scripts and archiving: `info`, `export`, `import`. Every message in
 * the user's language (--lang, else Settings, else LANG).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const langArg = argv[argv.indexOf('--lang') + 1];
  const given: Language | null = argv.includes('--lang') && isLanguage(langArg) ? langArg : null;
  const configArg = argv.includes('--config') ? argv[argv.indexOf('--config') + 1] : undefined;
  const configDir = configArg ? resolve(configArg) : defaultConfigDir();
  const language = cliLanguage(given, configDir, env);
  const t = translator(language);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (argv.includes('--lang') && !given) throw new UsageError('--lang');
  } catch (error) {
    io.err(t('cli:commandUsageError', { arg: (error as Error).message }));
    return exitCodes.usage;
  }
  if (args.flags.has('--help') && args.command === 'curation') {
    io.out(t('curationLog:cli-help'));
    return exitCodes.ok;
  }
  if (args.flags.has('--help') || args.command === null) {
    io.out(t('cli:commandHelp'));
    return args.command === null && !args.flags.has('--help') ? exitCodes.usage : exitCodes.ok;
  }
  if (args.command === 'clone') {
    return await refusing(io, t, () => cloneCommand(args, { t, out: io.out, env }));
  }
  const command =
    args.command === 'sync'
      ? syncCommand(env)
      : Object.hasOwn(commands, args.command)
        ? commands[args.command]
        : undefined;
  if (!command) {
    io.err(t('cli:commandUnknown', { command: args.command }));
    return exitCodes.usage;
  }
  const project = lastOption(args, '--project');
  const fileCommand = Object.hasOwn(fileCommands, args.command) ? fileCommands[args.command] : undefined;
  if (fileCommand && args.options.has(fileCommand.option)) {
    if (project) {
      io.err(t('cli:agreementTableAndProject'));
      return exitCodes.usage;
    }
    return await refusing(io, t, () => fileCommand.run({ args, t, language, out: io.out, err: io.err }));
  }
  if (!project) {
    io.err(
      t(args.command === 'agreement' ? 'cli:agreementNeedsInput' : 'cli:commandNeedsProject', {
        command: args.command,
      }),
    );
    return exitCodes.usage;
  }
  const dir = resolve(project);
  // No command creates a project: a folder without one is refused as it is.
  if (!existsSync(layout.projectFile(dir))) {
    io.err(t('cli:notAProject', { folder: dir }));
    return exitCodes.refused;
  }
  return await refusing(io, t, async () => {
    const coder = await loadCoder(configDir, lastOption(args, '--coder'));
    return await command({ args, dir, coder, t, language, out: io.out, err: io.err });
  });
}

/** Runs a command; a usage error or a refusal it throws becomes its message on stderr and the exit status. */
async function refusing(io: CliIo, t: Translate, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(t('cli:commandUsageError', { arg: error.message }));
      return exitCodes.usage;
    }
    io.err(wordError(t, error));
    return exitCodes.refused;
  }
}
