import { useState } from 'react';
import { useFormat } from '../../i18n/use-format.ts';
import type { SetAsideContent, SetAsideFile } from '../../../../shared/backups/backup-info.ts';
import { useT } from '../../i18n/i18n.ts';
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
  const { t } = useT();
  const { language } = useFormat();
  const moment = (iso: string) => formatMoment(language, iso);
  const size = (bytes: number) => formatBytes(t, language, bytes);
  if (files.length === 0) return null;

  const restore = async (file: SetAsideFile) => {
    const from = file.restorableFrom;
    if (!from) return;
    const yes = await askToConfirm(
      [
        t('backups:putBackQuestion', { file: file.original, when: moment(from.created) }),
        file.replacesCurrent ? t('backups:putBackReplaces', { file: file.original }) : '',
        t('backups:putBackKept'),
      ]
        .filter(Boolean)
        .join(' '),
      { confirmLabel: t('backups:restore') },
    );
    if (!yes) return;
    await act(async () => {
      const result = await requireApi().restoreSetAside({ path: file.path });
      applyChange(result.change, false);
      await refreshHistory();
      notify('info', t('backups:putBack', { file: file.original, when: moment(from.created) }));
    });
  };

  return (
    <section className="set-aside" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('backups:setAsideTitle')}</h2>
      <p className="backups-explainer">{t('backups:setAsideExplainer')}</p>
      <ul>
        {files.map((f) => (
          <li key={f.path} className="set-aside-row">
            <span className="set-aside-name" title={f.path}>
              {f.original}
            </span>
            <span className="set-aside-when">
              {t('backups:setAsideWhen', { when: moment(f.setAside), size: size(f.bytes) })}
            </span>
            <button
              type="button"
              className="quiet small"
              onClick={() => void requireApi().inspectSetAside({ path: f.path }).then(setShown)}
            >
              {t('backups:inspect')}
            </button>
            {f.restorableFrom ? (
              <button type="button" className="quiet small" disabled={busy} onClick={() => void restore(f)}>
                {t('backups:restoreFrom', { when: moment(f.restorableFrom.created) })}
              </button>
            ) : (
              <span className="set-aside-none">{t('backups:noEarlierVersion')}</span>
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
            {t(shown.truncated ? 'backups:inspectSizeTruncated' : 'backups:inspectSize', { size: size(shown.bytes) })}
          </p>
          <pre className="set-aside-content">{shown.text}</pre>
          <div className="modal-actions">
            <button type="submit" className="primary">
              {t('backups:close')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
