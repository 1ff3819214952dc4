import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { translator } from '../../shared/i18n/i18n.ts';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { defaultConfigDir, loadCoder } from '../core/user-settings.ts';
import { layout } from '../core/store/project-layout.ts';
import { ProjectStore } from '../core/store/project-store.ts';
import { cliLanguage, wordError } from '../server/cli-language.ts';
import { projectCounts } from './project-counts.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Exit statuses: 0 done, 1 the input was refused (nothing changed), 2 a usage error. */
export const exitCodes = { ok: 0, refused: 1, usage: 2 } as const;

class UsageError extends Error {}

interface Parsed {
  command: string | null;
  options: Map<string, string[]>;
  flags: Set<string>;
}

const valued = new Set(['--project', '--coder', '--config', '--lang']);
const flagNames = new Set(['--json', '--help', '-h']);

function parse(argv: readonly string[]): Parsed {
  const parsed: Parsed = { command: null, options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (flagNames.has(arg)) parsed.flags.add(arg === '-h' ? '--help' : arg);
    else if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(arg);
      parsed.options.set(arg, [...(parsed.options.get(arg) ?? []), value]);
    } else if (!arg.startsWith('-') && parsed.command === null) parsed.command = arg;
    else throw new UsageError(arg);
  }
  return parsed;
}

/**
 * `npm run cli -- COMMAND [options]`: Glossator's core without a window,
 * for scripts and archiving. Commands so far: `info`. Every message in the
 * user's language (--lang, else Settings, else LANG).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const langArg = argv[argv.indexOf('--lang') + 1];
  const given: Language | null = argv.includes('--lang') && isLanguage(langArg) ? langArg : null;
  const configArg = argv.includes('--config') ? argv[argv.indexOf('--config') + 1] : undefined;
  const configDir = configArg ? resolve(configArg) : defaultConfigDir();
  const t = translator(cliLanguage(given, configDir, env));
  let parsed: Parsed;
  try {
    parsed = parse(argv);
    if (argv.includes('--lang') && !given) throw new UsageError('--lang');
  } catch (error) {
    io.err(t('cli:commandUsageError', { arg: (error as Error).message }));
    return exitCodes.usage;
  }
  if (parsed.flags.has('--help') || parsed.command === null) {
    io.out(t('cli:commandHelp'));
    return parsed.command === null && !parsed.flags.has('--help') ? exitCodes.usage : exitCodes.ok;
  }
  if (parsed.command !== 'info') {
    io.err(t('cli:commandUnknown', { command: parsed.command }));
    return exitCodes.usage;
  }
  const project = parsed.options.get('--project')?.at(-1);
  if (!project) {
    io.err(t('cli:commandNeedsProject', { command: parsed.command }));
    return exitCodes.usage;
  }
  const dir = resolve(project);
  // Looking never creates: a folder without a project is refused as it is.
  if (!existsSync(layout.projectFile(dir))) {
    io.err(t('cli:notAProject', { folder: dir }));
    return exitCodes.refused;
  }
  try {
    const coder = await loadCoder(configDir, parsed.options.get('--coder')?.at(-1));
    const store = await ProjectStore.open(dir, { coder, lookOnly: true });
    try {
      const counts = projectCounts(store);
      if (parsed.flags.has('--json')) io.out(JSON.stringify(counts));
      else {
        const layers = Object.entries(counts.annotations)
          .map(([id, n]) => t('cli:infoLayer', { name: counts.coders[id] ?? id, count: n }))
          .join('\n');
        io.out(
          t('cli:info', {
            name: store.info().name,
            folder: dir,
            format: counts.format,
            documents: t('cli:documentCount', { count: counts.documents }),
            actors: counts.actors,
            links: counts.links,
            concepts: counts.concepts,
            tags: counts.tags,
          }) + (layers ? `\n${layers}` : ''),
        );
      }
      return exitCodes.ok;
    } finally {
      await store.close();
    }
  } catch (error) {
    io.err(wordError(t, error));
    return exitCodes.refused;
  }
}
