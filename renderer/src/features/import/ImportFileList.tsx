import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { ImportEntry } from '../../store/import-slice.ts';
import { wordImportMessage } from '../../../../shared/ipc/import-words.ts';

/** What a file's line says about it at a glance. */
function statusOf(t: Translate, e: ImportEntry): { text: string; className: string } {
  if (e.preview.status === 'failed')
    return {
      text: e.preview.reason ? wordImportMessage(t, e.preview.reason) : t('importing:cannotBeRead'),
      className: 'failed',
    };
  if (e.preview.duplicateOf)
    return { text: t('importing:duplicateOf', { title: e.preview.duplicateOf.title }), className: 'duplicate' };
  const removing = e.preview.boilerplate.length - e.keep.size;
  const parts = [e.preview.format === 'text' ? (e.preview.encoding ?? '') : (e.preview.format ?? '')];
  if (removing) parts.push(t('importing:toClean', { count: removing }));
  return { text: parts.join(' · '), className: 'ready' };
}

/** The files of the import, each with a checkbox (import it or not) and its status; click one to preview it. */
export function ImportFileList() {
  const { t } = useT();
  const state = useAppStore((s) => s.importState);
  const select = useAppStore((s) => s.selectImportEntry);
  const update = useAppStore((s) => s.updateImportEntry);
  if (!state) return null;
  return (
    <ul className="import-files" aria-label={t('importing:files')}>
      {state.entries.map((e, i) => {
        const status = statusOf(t, e);
        return (
          <li key={e.preview.stagingId} className={i === state.selected ? 'selected' : undefined}>
            <input
              type="checkbox"
              aria-label={t('importing:importFile', { file: e.preview.fileName })}
              checked={e.include}
              disabled={e.preview.status !== 'ready' || state.phase !== 'review'}
              onChange={(ev) => update(i, { include: ev.target.checked })}
            />
            <button type="button" className="import-file" onClick={() => select(i)}>
              <span className="import-file-name">{e.preview.fileName}</span>
              <span className={`import-file-status ${status.className}`}>{status.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
