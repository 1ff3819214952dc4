import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { BundleDecisions, BundlePreview } from '../../../shared/bundles/bundle-preview.ts';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { message } from '../../../shared/i18n/message.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
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
 * `import --project DIR FILE... [--coder-map THEIRS=OURS]... [--dry-run] [--replace-layers] [--json]`:
 * previews each file — a bundle, a REFI-QDA project or codebook, W3C Web
 * Annotation JSON-LD, brat (a zip or a folder), the format told by its
 * content — and, unless --dry-run, imports each as one undo step (the
 * app's Undo takes it back). Every file is read and previewed before the
 * first is imported: one that cannot be read, or a --coder-map naming a
 * coder no file holds, is refused with nothing changed. Every difference
 * takes the default the app's preview shows. An import that would replace
 * part of a colleague's layer is refused unless --replace-layers says so;
 * the importing coder's own layer is never changed. Annotations a file
 * holds that do not fit their text are listed, not imported.
 */
export const importCommand: Command = async ({ args, dir, coder, t, language, out }) => {
  const files = args.positional;
  if (!files.length) throw new UsageError('FILE');
  const pairs = (args.options.get('--coder-map') ?? []).map(splitPair);
  const json = args.flags.has('--json');
  const session = new ProjectSession(coder);
  // Looking only: the CLI's user is not added as a coder, so a preview or a refusal writes nothing.
  await session.open(dir, { withSample: false, lookOnly: true, background: false });
  const open = new Set<string>();
  try {
    const previews: Array<{ file: string; preview: BundlePreview; decisions: BundleDecisions }> = [];
    for (const file of files) {
      const path = resolve(file);
      const first = await previewBundleFile(session, path, undefined, basename(path));
      open.add(first.previewId);
      previews.push({ file, preview: first, decisions: { coders: {}, choices: {}, replaceLayers: false } });
    }
    const matched = new Set<string>();
    for (const entry of previews) {
      entry.decisions = {
        coders: coderMap(pairs, entry.preview, session, matched),
        choices: {},
        replaceLayers: args.flags.has('--replace-layers'),
      };
      if (Object.keys(entry.decisions.coders).length)
        entry.preview = await previewWith(session, entry.preview, entry.decisions);
    }
    const unmatched = pairs.find(([theirs]) => !matched.has(theirs));
    if (unmatched) throw new ApiError('not-found', message('cli:noSuchBundleCoder', { coder: unmatched[0] }));
    const several = files.length > 1;
    const results: unknown[] = [];
    const texts: string[] = [];
    const say = (file: string, value: unknown, text: string) => {
      results.push(several ? { file, ...(value as object) } : value);
      texts.push(several ? `${t('exchange:ui-cliFileHeading', { file })}\n${text}` : text);
    };
    if (args.flags.has('--dry-run')) {
      for (const { file, preview } of previews) {
        say(file, preview, [describePreview(t, preview, language), ...foreignLines(t, preview)].join('\n'));
      }
    } else {
      for (const { preview, decisions } of previews) {
        const { replaced } = preview.counts;
        if ((replaced.annotations || replaced.links) && !decisions.replaceLayers) {
          throw new ApiError(
            'conflict',
            message('cli:importWouldReplace', { annotations: replaced.annotations, links: replaced.links }),
          );
        }
      }
      for (const { file, preview, decisions } of previews) {
        const foreign = { format: preview.format, rejected: preview.rejected, notes: preview.notes };
        if (preview.nothingNew) {
          const summary = { ...emptySummary(), ignoredMine: preview.counts.ignoredMine };
          say(
            file,
            json && preview.format !== 'bundle' ? { ...summary, ...foreign } : summary,
            [t('cli:previewNothingNew'), ...foreignLines(t, preview)].join('\n'),
          );
          continue;
        }
        const { summary } = await applyBundle(session, preview.previewId, decisions);
        open.delete(preview.previewId);
        say(
          file,
          preview.format === 'bundle' ? summary : { ...summary, ...foreign },
          [describeSummary(t, summary), ...foreignLines(t, preview)].join('\n'),
        );
      }
    }
    if (json) out(JSON.stringify(several ? results : results[0], null, 2));
    else out(texts.join('\n\n'));
    return exitCodes.ok;
  } finally {
    for (const previewId of open) await discardBundlePreview(session, previewId);
    await session.close();
  }
};

/** What a foreign file's reader said: the annotations it could not place, and its notes. */
function foreignLines(t: Translate, preview: BundlePreview): string[] {
  const unknown = t('exchange:ui-unknown');
  return [
    ...preview.rejected.map((r) =>
      t('exchange:ui-cliRejected', {
        document: r.document ?? unknown,
        annotation: r.annotation ?? unknown,
        reason: wordMessage(t, r.reason),
      }),
    ),
    ...preview.notes.map((note) => t('exchange:ui-cliNote', { note: wordMessage(t, note) })),
  ];
}

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
 * `--coder-map THEIRS=OURS`: a file's coder (id or name) onto a coder of
 * this project (id or name) or `new`, in each file that holds them (`matched`
 * collects the names found). An unknown name of ours is a refusal naming it.
 */
function coderMap(
  pairs: ReadonlyArray<readonly [string, string]>,
  preview: BundlePreview,
  session: ProjectSession,
  matched: Set<string>,
): Record<string, string> {
  const ours = session.store.info().coders;
  const map: Record<string, string> = {};
  for (const [theirName, ourName] of pairs) {
    const theirs =
      preview.coders.find((c) => c.coder.id === theirName) ?? preview.coders.find((c) => c.coder.name === theirName);
    if (!theirs) continue;
    matched.add(theirName);
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
