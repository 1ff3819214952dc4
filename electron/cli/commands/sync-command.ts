import { resolve } from 'node:path';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { ProjectSession } from '../../core/services/project-session.ts';
import { cloneSharedProject, type SyncCredentialSources } from '../../core/services/sync-service.ts';
import { lastOption, UsageError, type CliArgs } from '../cli-args.ts';
import { type Command, exitCodes } from './command.ts';

/** The CLI's credentials: GLOSSATOR_GIT_USER / GLOSSATOR_GIT_TOKEN (no vault: the CLI has no safeStorage). */
const cliSources = (env: NodeJS.ProcessEnv): SyncCredentialSources => ({ order: 'cli', vault: null, env });

/**
 * `sync --project DIR [--remote URL] [--json]`: the window's Sync, for scripts and a lab's nightly job. With
 * `--remote` the project is connected to that repository first (the first sync publishes it). Conflicts keep
 * ours in the files, as in the window, and are listed for the window's dialog.
 */
export function syncCommand(env: NodeJS.ProcessEnv): Command {
  return async ({ args, dir, coder, t, out }) => {
    if (args.positional.length) throw new UsageError(args.positional[0] as string);
    const session = new ProjectSession(coder);
    session.syncSources = cliSources(env);
    await session.open(dir, { withSample: false, background: false });
    try {
      const remote = lastOption(args, '--remote');
      if (remote) {
        const status = await session.sync.connect(remote);
        if (!args.flags.has('--json')) out(t('sync:cli-connected', { remote: status.remote ?? remote }));
      }
      const report = await session.sync.sync();
      if (args.flags.has('--json')) {
        const { change: _change, history: _history, credentialsNotice: _notice, ...rest } = report;
        out(JSON.stringify(rest, null, 2));
        return exitCodes.ok;
      }
      out(t('sync:cli-synced', { remote: report.status.remote ?? '' }));
      // Each figure in its own words, with the language's plurals (the window's notice says the same).
      if (report.written) out(t('sync:report-brought', { count: report.written }));
      if (report.documentsAdded) out(t('sync:report-documents', { count: report.documentsAdded }));
      if (report.status.openConflicts) out(t('sync:report-conflicts', { count: report.status.openConflicts }));
      if (report.pushed) out(t('sync:report-pushed'));
      else if (!report.written) out(t('sync:report-nothing'));
      if (report.status.openConflicts) out(t('sync:cli-conflictsHint'));
      return exitCodes.ok;
    } finally {
      await session.close();
    }
  };
}

/** `clone URL DIR`: a shared project into a new (or empty) folder; nothing is left behind when it is refused. */
export async function cloneCommand(
  args: CliArgs,
  context: { t: Translate; out: (text: string) => void; env: NodeJS.ProcessEnv },
): Promise<number> {
  const [url, folder, ...rest] = args.positional;
  if (rest.length) throw new UsageError(rest[0] as string);
  if (!url || !folder) throw new UsageError('clone URL DIR');
  const dir = resolve(folder);
  await cloneSharedProject(url, dir, cliSources(context.env));
  context.out(context.t('sync:cli-cloned', { url, dir }));
  return exitCodes.ok;
}
