import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { useEffect, useState } from 'react';
import type { SyncConflictView } from '../../../../shared/sync/sync-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf, wordText } from '../../store/notice-slice.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { differingKeys, type RecordLine, recordLines } from './conflict-record-lines.ts';
import { formatMoment } from '../backups/backup-words.ts';
import { conflictKindWords, fieldValueWords, fieldWords } from './conflict-kind.ts';

type Choice = 'ours' | 'theirs';

/**
 * The open conflicts of the syncs, each with both versions side by side and a choice (Keep mine by default).
 * Apply sends every choice as one undo step, then the window reads the project again.
 */
export function ConflictsDialog() {
  const { t } = useT();
  const { openSyncDialog, applyChange, refreshSyncStatus, notify } = useAppStore.getState();
  const [list, setList] = useState<SyncConflictView[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => openSyncDialog(null);

  useEffect(() => {
    requireApi()
      .listSyncConflicts({})
      .then(setList, (e: unknown) => setError(messageOf(e)));
  }, []);

  const apply = async () => {
    if (!list?.length || busy) return;
    setBusy(true);
    try {
      const result = await requireApi().resolveSyncConflicts({
        choices: list.map((c) => ({ key: c.key, choice: choices[c.key] ?? 'ours' })),
      });
      useAppStore.setState({ historyLabels: result.history });
      applyChange(result.change, false);
      await refreshSyncStatus();
      if (result.history.undo) notify('info', wordText(result.history.undo));
      close();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('sync:conflicts-title')}
      onClose={close}
      onSubmit={() => void apply()}
      className="sync-conflicts"
    >
      <p className="hint">{t('sync:conflicts-intro')}</p>
      {list?.length === 0 && <p className="empty-hint">{t('sync:conflicts-none')}</p>}
      {list && list.length > 0 && (
        <ul className="sync-conflict-list">
          {list.map((c) => (
            <ConflictRow
              key={c.key}
              conflict={c}
              choice={choices[c.key] ?? 'ours'}
              onChoose={(choice) => setChoices((all) => ({ ...all, [c.key]: choice }))}
            />
          ))}
        </ul>
      )}
      <DialogFooter
        error={error}
        onCancel={close}
        cancelLabel={t('sync:conflicts-cancel')}
        submitLabel={t('sync:conflicts-apply')}
        busy={busy}
        noSubmit={!list || list.length === 0}
      />
    </ModalDialog>
  );
}

function ConflictRow({
  conflict,
  choice,
  onChoose,
}: {
  conflict: SyncConflictView;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const { t, language } = useT();
  const actors = useAppStore((s) => s.actors);
  const options = {
    moment: (iso: string) => formatMoment(language, iso),
    nameOf: (id: string) => actors.find((a) => a.id === id)?.name,
  };
  const ours = recordLines(conflict.ours, options);
  const theirs = recordLines(conflict.theirs, options);
  const differs = differingKeys(ours, theirs);
  const name = `sync-choice-${conflict.key}`;
  // A colleague's merge decided against this coder: the project holds their choice, the other side was ours.
  const words = conflict.replaced
    ? ({
        ours: 'sync:conflicts-kept',
        theirs: 'sync:conflicts-yoursReplaced',
        keep: 'sync:conflicts-leaveKept',
        take: 'sync:conflicts-putMineBack',
      } as const)
    : ({
        ours: 'sync:conflicts-ours',
        theirs: 'sync:conflicts-theirs',
        keep: 'sync:conflicts-keepOurs',
        take: 'sync:conflicts-takeTheirs',
      } as const);
  return (
    <li className="sync-conflict" data-testid="sync-conflict">
      <header className="sync-conflict-head">
        <span className="sync-conflict-kind">{conflictKindWords(conflict.kind, t)}</span>
        <strong className="sync-conflict-label">{conflict.label ?? conflict.id}</strong>
        <span className="sync-conflict-path">{t('sync:conflicts-in', { path: conflict.path })}</span>
      </header>
      <div className="sync-conflict-sides">
        <Side kind={conflict.kind} title={t(words.ours)} lines={ours} differs={differs} chosen={choice === 'ours'} />
        <Side
          kind={conflict.kind}
          title={t(words.theirs)}
          lines={theirs}
          differs={differs}
          chosen={choice === 'theirs'}
        />
      </div>
      <fieldset className="sync-conflict-choice">
        <legend className="sr-only">{conflict.label ?? conflict.id}</legend>
        <label>
          <input type="radio" name={name} checked={choice === 'ours'} onChange={() => onChoose('ours')} />
          {t(words.keep)}
        </label>
        <label>
          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />
          {t(words.take)}
        </label>
      </fieldset>
    </li>
  );
}

function Side({
  kind,
  title,
  lines,
  differs,
  chosen,
}: {
  kind: string;
  title: string;
  lines: RecordLine[] | null;
  differs: Set<string>;
  chosen: boolean;
}) {
  const { t } = useT();
  return (
    <section className={chosen ? 'sync-side chosen' : 'sync-side'}>
      <h3>{title}</h3>
      {lines === null ? (
        <p className="sync-side-absent">{t('sync:conflicts-absent')}</p>
      ) : (
        <dl>
          {lines.map((line) => (
            <div key={line.key ?? ''} className={differs.has(line.key ?? '') ? 'sync-line differs' : 'sync-line'}>
              {line.key !== null && <dt>{fieldWords(line.key, t)}</dt>}
              <dd>{fieldValueWords(kind, line.key, line.value, t)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
