import type { QuickReason } from '../../../../shared/curation/curation-types.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { EditableText } from '../../ui/EditableText.tsx';
import { NameForm } from '../../ui/NameForm.tsx';

/**
 * The team's quick reasons: add, reword, delete. Each is one undo step; the
 * history moving is what makes the view read them again, so an undo shows
 * the same as a change made here.
 */
export function QuickReasonsPanel({ quickReasons }: { quickReasons: readonly QuickReason[] }) {
  const { t } = useT();
  const refreshHistory = useAppStore((s) => s.refreshHistory);
  const save = async (label: string, id?: string): Promise<string | null> => {
    try {
      await requireApi().saveQuickReason(id ? { id, label } : { label });
      await refreshHistory();
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };
  const remove = async (reason: QuickReason) => {
    try {
      await requireApi().deleteQuickReason({ id: reason.id });
      useAppStore.getState().notify('info', t('curationView:quickReasonDeleted', { label: reason.label }));
      await refreshHistory();
    } catch (error) {
      useAppStore.getState().notify('error', t('curationView:quickReasonCouldNot', { reason: messageOf(error) }));
    }
  };

  return (
    <section className="curation-panel quick-reasons" aria-labelledby="quick-reasons-title" data-testid="quick-reasons">
      <h2 id="quick-reasons-title">{t('curationView:quickReasonsTitle')}</h2>
      <p className="curation-hint">{t('curationView:quickReasonsHint')}</p>
      {quickReasons.length === 0 ? (
        <p className="curation-hint">{t('curationView:quickReasonsNone')}</p>
      ) : (
        <ul className="quick-reason-list">
          {quickReasons.map((r) => (
            <li key={r.id} data-quick-reason-id={r.id}>
              <EditableText
                id={`quick-reason-${r.id}`}
                value={r.label}
                ariaLabel={t('curationView:quickReasonRename', { label: r.label })}
                onSave={(label) => save(label, r.id)}
              />
              <button
                type="button"
                className="quick-reason-delete"
                aria-label={t('curationView:quickReasonDelete', { label: r.label })}
                title={t('curationView:quickReasonDelete', { label: r.label })}
                onClick={() => void remove(r)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <NameForm
        className="quick-reason-form"
        label={t('curationView:quickReasonNew')}
        placeholder={t('curationView:quickReasonPlaceholder')}
        maxLength={limits.nameLength}
        submitLabel={t('curationView:quickReasonAdd')}
        emptyMessage={t('curationView:quickReasonEmpty')}
        onSubmit={(label) => save(label)}
      />
    </section>
  );
}
