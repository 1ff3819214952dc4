import { type ChangeSet, emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { applyBundle, discardBundlePreview, previewBundleFile } from '../../bundles/bundle-import.ts';
import { type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';

type BundleImportHandlers = Pick<Handlers, 'previewBundle' | 'importBundle' | 'discardBundlePreview'>;

/** Beyond this many documents or annotations the window reads the project again rather than the change. */
const LARGE_DOCUMENTS = 200;
const LARGE_ANNOTATIONS = 5_000;

/** Importing a bundle: a preview first (the bundle kept open under its id), then one undo step. */
export function bundleImportHandlers(session: ProjectSession): BundleImportHandlers {
  return {
    async previewBundle({ file }) {
      const { path, name } = session.files.open(file);
      // The ticket (an uploaded file) is released when the preview is freed: imported, discarded or expired.
      return previewBundleFile(session, path, () => session.files.release(file), name);
    },
    async importBundle({ previewId, coders, choices, replaceLayers }) {
      const { summary, edit } = await applyBundle(session, previewId, { coders, choices, replaceLayers });
      return { change: changeOf(edit), history: session.history.labels(), summary };
    },
    async discardBundlePreview({ previewId }) {
      return { discarded: await discardBundlePreview(session, previewId) };
    },
  };
}

/**
 * What the window updates. New coders are not in a change set, and a large
 * import is cheaper to read again than to send: both ask for a reload, and
 * then nothing else is sent (50,000 annotations would only be read again).
 */
function changeOf(edit: RecordEdit | null): ChangeSet {
  if (!edit) return emptyChangeSet();
  const annotations =
    (edit.annotations?.length ?? 0) +
    (edit.wholeDocuments ?? []).reduce((n, d) => n + (d.after?.annotations.length ?? 0), 0);
  const reload =
    Boolean(edit.coders?.length) ||
    (edit.wholeDocuments?.length ?? 0) > LARGE_DOCUMENTS ||
    annotations > LARGE_ANNOTATIONS;
  return reload ? { ...emptyChangeSet(), reload: true } : toChangeSet(edit);
}
