import { randomUUID } from 'node:crypto';
import type { BundleDecisions, BundleImportSummary, BundlePreview } from '../../../shared/bundles/bundle-preview.ts';
import type { BundleContents } from '../../../shared/formats/bundle/bundle-contents.ts';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { backUpFirst, type ProjectSession } from '../services/project-session.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { BundlePreviews } from './bundle-import-previews.ts';
import { planImport } from './bundle-import-plan.ts';
import { basename } from 'node:path';
import { readExchange } from '../exchange/read-exchange.ts';
import { readers } from '../exchange/readers.ts';
import { w3cReader } from '../exchange/w3c-import.ts';

const previewsOf = new WeakMap<ProjectSession, BundlePreviews>();

/** The previews this session keeps (one set per session: a window, the CLI). */
export function bundlePreviews(session: ProjectSession): BundlePreviews {
  let previews = previewsOf.get(session);
  if (!previews) {
    previews = new BundlePreviews();
    previewsOf.set(session, previews);
  }
  return previews;
}

/** The default decisions: every layer to its default target, every difference to its default, nothing replaced. */
export const defaultDecisions: BundleDecisions = { coders: {}, choices: {}, replaceLayers: false };

/**
 * Reads the file at `path` — a bundle, or another tool's file (REFI-QDA,
 * W3C Web Annotation, brat: its format told by its content, see
 * readExchange) read into a bundle's contents — and previews importing it
 * into the open project (see previewBundle). Changes nothing in the
 * project; the file is refused with its reader's own error (ApiError
 * invalid-input). `name` is the file's name as the user knows it (an
 * upload's path is not).
 */
export async function previewBundleFile(
  session: ProjectSession,
  path: string,
  onFree?: () => void,
  name: string = basename(path),
): Promise<BundlePreview> {
  let contents: ForeignContents;
  try {
    // A W3C file holds no texts: another tool's annotations are placed on the project's documents their sources name.
    contents = await readExchange(path, name, { ...readers, w3c: w3cReader(session.store) });
  } catch (error) {
    onFree?.();
    throw error;
  }
  return previewBundle(session, contents, onFree);
}

/**
 * What importing a read bundle would do with the default decisions. The
 * bundle is kept under the preview's id for `applyBundle` (and freed, with
 * `onFree`, when imported, discarded or expired); a preview that fails
 * frees it at once.
 */
export async function previewBundle(
  session: ProjectSession,
  contents: BundleContents | ForeignContents,
  onFree: () => void = () => {},
): Promise<BundlePreview> {
  const read = 'format' in contents ? contents : { format: 'bundle' as const, rejected: [], notes: [] };
  const previews = bundlePreviews(session);
  let plan: Awaited<ReturnType<typeof planImport>>;
  try {
    // In the order of changes: the preview describes the project as the changes asked for before it left it.
    plan = await session.exclusive(() =>
      planImport(session.store, session.coder.id, contents, defaultDecisions, { build: false, freshId: randomUUID }),
    );
  } catch (error) {
    await contents.close().catch(() => {});
    onFree();
    throw error;
  }
  return {
    previewId: previews.keep(contents, onFree, session.store.dir),
    format: read.format,
    rejected: read.rejected,
    notes: read.notes,
    ...plan.preview,
  };
}

/** What an import did: its summary, and the edit it made (null: nothing was new, no undo step). */
export interface AppliedBundle {
  summary: BundleImportSummary;
  edit: RecordEdit | null;
}

/**
 * Imports a previewed bundle as one undo step, with `decisions` (missing
 * entries take the defaults), planned again when its turn comes so that it
 * fits the project as it then is. Refused (conflict) when it would remove
 * or change annotations or links of an existing layer and
 * `decisions.replaceLayers` is false (D9). Nothing new: no edit, no undo
 * step. The preview is freed once the import is made; a refused import
 * keeps it, so the user can decide again.
 */
export async function applyBundle(
  session: ProjectSession,
  previewId: string,
  decisions: BundleDecisions,
): Promise<AppliedBundle> {
  const previews = bundlePreviews(session);
  // A preview made for another project (one opened since) is not imported here: the user saw another project's plan.
  const contents = previews.get(previewId, session.store.dir);
  if (!contents) throw new ApiError('not-found', message('bundles:previewGone'));
  const label = message('history:importBundle', {
    coder: contents.origin.exportedBy.name,
    project: contents.origin.project.name,
  });
  const applied = await session.change(
    label,
    async (store) => {
      const plan = await planImport(store, session.coder.id, contents, decisions, {
        build: true,
        freshId: randomUUID,
      });
      const { replaced } = plan.preview.counts;
      if ((replaced.annotations > 0 || replaced.links > 0) && !decisions.replaceLayers) {
        throw new ApiError(
          'conflict',
          message('bundles:replaceNotConfirmed', { annotations: replaced.annotations, links: replaced.links }),
        );
      }
      return { edit: plan.edit, result: { summary: plan.summary, edit: plan.edit } };
    },
    backUpFirst,
  );
  await previews.discard(previewId);
  return applied;
}

/** Frees a preview the user closed; false when it was already gone. */
export function discardBundlePreview(session: ProjectSession, previewId: string): Promise<boolean> {
  return bundlePreviews(session).discard(previewId);
}
