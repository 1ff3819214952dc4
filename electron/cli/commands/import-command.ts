import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { BundleDecisions, BundlePreview } from '../../../shared/bundles/bundle-preview.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import {
  applyBundle,
  bundlePreviews,
  discardBundlePreview,
  previewBundleFile,
} from '../../core/bundles/bundle-import.ts';
import { emptySummary, planImport } from '../../core/bundles/bundle-import-plan.ts';
import { ProjectSession } from '../../core/services/project-session.ts';
import { UsageError } from '../cli-args.ts';
import { describePreview, describeSummary } from '../describe-import.ts';
import { type Command, exitCodes } from './command.ts';

/**
 * `import --project DIR FILE [--coder-map THEIRS=OURS]... [--dry-run] [--replace-layers] [--json]`:
 * previews the bundle and, unless --dry-run, imports it as one undo step
 * (the app's Undo takes it back). Every difference takes the default the
 * app's preview shows. An import that would replace part of a colleague's
 * layer is refused unless --replace-layers says so (nothing is ever
 * replaced without being asked for); the importing coder's own layer is
 * never changed.
 */
export const importCommand: Command = async ({ args, dir, coder, t, language, out }) => {
  const [file, extra] = args.positional;
  if (!file) throw new UsageError('FILE');
  if (extra) throw new UsageError(extra);
  const pairs = (args.options.get('--coder-map') ?? []).map(splitPair);
  const session = new ProjectSession(coder);
  // Looking only: the CLI's user is not added as a coder, so a preview or a refusal writes nothing.
  await session.open(dir, { withSample: false, lookOnly: true, background: false });
  let previewId: string | null = null;
  try {
    const first = await previewBundleFile(session, resolve(file));
    previewId = first.previewId;
    const decisions: BundleDecisions = {
      coders: coderMap(pairs, first, session),
      choices: {},
      replaceLayers: args.flags.has('--replace-layers'),
    };
    const preview = Object.keys(decisions.coders).length ? await previewWith(session, first, decisions) : first;
    if (args.flags.has('--dry-run')) {
      out(args.flags.has('--json') ? JSON.stringify(preview, null, 2) : describePreview(t, preview, language));
      return exitCodes.ok;
    }
    if (preview.nothingNew) {
      out(
        args.flags.has('--json')
          ? JSON.stringify({ ...emptySummary(), ignoredMine: preview.counts.ignoredMine }, null, 2)
          : t('cli:previewNothingNew'),
      );
      return exitCodes.ok;
    }
    const { replaced } = preview.counts;
    if ((replaced.annotations || replaced.links) && !decisions.replaceLayers) {
      throw new ApiError(
        'conflict',
        message('cli:importWouldReplace', { annotations: replaced.annotations, links: replaced.links }),
      );
    }
    const { summary } = await applyBundle(session, preview.previewId, decisions);
    previewId = null;
    out(args.flags.has('--json') ? JSON.stringify(summary, null, 2) : describeSummary(t, summary));
    return exitCodes.ok;
  } finally {
    if (previewId) await discardBundlePreview(session, previewId);
    await session.close();
  }
};

/** The preview again with the user's coder mapping (the first one took the defaults). */
async function previewWith(
  session: ProjectSession,
  first: BundlePreview,
  decisions: BundleDecisions,
): Promise<BundlePreview> {
  const contents = bundlePreviews(session).get(first.previewId);
  if (!contents) throw new ApiError('not-found', message('bundles:previewGone'));
  const plan = await session.exclusive(() =>
    planImport(session.store, session.coder.id, contents, decisions, { build: false, freshId: randomUUID }),
  );
  // The file's format, rejections and notes are its reader's: the same whatever is decided.
  return { ...first, ...plan.preview };
}

/**
 * `--coder-map THEIRS=OURS`: a bundle coder (id or name) onto a coder of
 * this project (id or name) or `new`. An unknown name on either side is a
 * refusal naming it.
 */
function coderMap(
  pairs: ReadonlyArray<readonly [string, string]>,
  preview: BundlePreview,
  session: ProjectSession,
): Record<string, string> {
  const ours = session.store.info().coders;
  const map: Record<string, string> = {};
  for (const [theirName, ourName] of pairs) {
    const theirs =
      preview.coders.find((c) => c.coder.id === theirName) ?? preview.coders.find((c) => c.coder.name === theirName);
    if (!theirs) throw new ApiError('not-found', message('cli:noSuchBundleCoder', { coder: theirName }));
    if (ourName === 'new') {
      map[theirs.coder.id] = 'new';
      continue;
    }
    const target = ours.find((c) => c.id === ourName) ?? ours.find((c) => c.name === ourName);
    if (!target) throw new ApiError('not-found', message('cli:noSuchCoder', { coder: ourName }));
    map[theirs.coder.id] = target.id;
  }
  return map;
}

/** THEIRS=OURS, split at the last "=" (a name may hold one); anything else is a usage error, found before any reading. */
function splitPair(pair: string): [string, string] {
  const at = pair.lastIndexOf('=');
  if (at <= 0 || at === pair.length - 1) throw new UsageError(`--coder-map ${pair}`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}
