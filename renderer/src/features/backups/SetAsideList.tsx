import { useState } from 'react';
import type { SetAsideContent, SetAsideFile } from '../../../../shared/backups/backup-info.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { formatBytes, formatMoment } from './backup-words.ts';

interface Props {
  files: SetAsideFile[];
  busy: boolean;
  act: (work: () => Promise<void>) => Promise<void>;
}

/** Damaged files Glossator set aside when the project opened: look at one, or put its last backed-up version back. */
export function SetAsideList({ files, busy, act }: Props) {
  const [shown, setShown] = useState<SetAsideContent | null>(null);
  const applyChange = useAppStore((s) => s.applyChange);
  const refreshHistory = useAppStore((s) => s.refreshHistory);
  const notify = useAppStore((s) => s.notify);
  if (files.length === 0) return null;

  const restore = async (file: SetAsideFile) => {
    const from = file.restorableFrom;
    if (!from) return;
    const yes = await askToConfirm(
      `Put back ${file.original} as the backup of ${formatMoment(from.created)} holds it?` +
        (file.replacesCurrent
          ? ` The ${file.original} written since is replaced (it is backed up first; Undo brings it back).`
          : '') +
        ' The damaged copy is kept in the backups folder.',
      { confirmLabel: 'Restore' },
    );
    if (!yes) return;
    await act(async () => {
      const result = await requireApi().restoreSetAside({ path: file.path });
      applyChange(result.change, false);
      await refreshHistory();
      notify('info', `Restored ${file.original} from the backup of ${formatMoment(from.created)}.`);
    });
  };

  return (
    <section className="set-aside" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">Damaged files set aside</h2>
      <p className="backups-explainer">
        These files could not be read when the project opened, so Glossator renamed them and opened the rest.
      </p>
      <ul>
        {files.map((f) => (
          <li key={f.path} className="set-aside-row">
            <span className="set-aside-name" title={f.path}>
              {f.original}
            </span>
            <span className="set-aside-when">
              set aside {formatMoment(f.setAside)} · {formatBytes(f.bytes)}
            </span>
            <button
              type="button"
              className="quiet small"
              onClick={() => void requireApi().inspectSetAside({ path: f.path }).then(setShown)}
            >
              Inspect
            </button>
            {f.restorableFrom ? (
              <button type="button" className="quiet small" disabled={busy} onClick={() => void restore(f)}>
                Restore from {formatMoment(f.restorableFrom.created)}
              </button>
            ) : (
              <span className="set-aside-none">No backup holds an earlier version</span>
            )}
          </li>
        ))}
      </ul>
      {shown && (
        <ModalDialog
          title={shown.path}
          onClose={() => setShown(null)}
          onSubmit={() => setShown(null)}
          className="set-aside-dialog"
        >
          <p className="backups-explainer">
            {formatBytes(shown.bytes)}
            {shown.truncated ? ', the beginning shown' : ''}:
          </p>
          <pre className="set-aside-content">{shown.text}</pre>
          <div className="modal-actions">
            <button type="submit" className="primary">
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
