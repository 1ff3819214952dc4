import type { AnnotationRow, ConceptTimeline } from '../../../../shared/ipc/results.ts';
import type { Concept } from '../../../../shared/model/concept.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { EditableText } from '../../ui/EditableText.tsx';
import { AnnotationContextList } from '../actors/AnnotationContextList.tsx';
import { askToConfirm } from '../../ui/confirm-store.ts';

interface Props {
  concept: Concept;
  /** Null while it loads. */
  timeline: ConceptTimeline | null;
}

/**
 * One concept: its name and description (saved on leaving the field, one
 * undo step each), Delete, and its timeline: every statement about it in
 * date order, with date, speaker, stance, the quote in context and the
 * document; a click opens the statement in the Reader.
 */
export function ConceptDetail({ concept, timeline }: Props) {
  const actors = useAppStore((s) => s.actors);
  const updateConcept = useAppStore((s) => s.updateConcept);
  const deleteConcept = useAppStore((s) => s.deleteConcept);
  const navigate = useAppStore((s) => s.navigate);
  const notify = useAppStore((s) => s.notify);
  const { t } = useT();
  const nameOf = (id: string | undefined) =>
    id ? (actors.find((a) => a.id === id)?.name ?? t('concepts:unknownActor')) : null;

  const remove = async () => {
    const count = timeline?.statements.length ?? 0;
    // Its statements stay, only ungrouped; Undo regroups them. Asked only when there are some.
    const question = t('concepts:deleteQuestion', { name: concept.name, count });
    if (count > 0 && !(await askToConfirm(question, { confirmLabel: t('concepts:delete'), danger: true }))) return;
    const failure = await deleteConcept(concept.id);
    if (failure) return notify('error', t('concepts:notDeleted', { reason: failure }));
    notify('info', t('concepts:deleted', { name: concept.name }));
    navigate({ view: 'concepts' });
  };
  const detail = (row: AnnotationRow) => {
    const speaker = nameOf(row.annotation.speakerId);
    const stance = row.annotation.stance ? t(`model:stance-${row.annotation.stance}`) : null;
    return [speaker ?? t('concepts:noSpeaker'), stance].filter(Boolean).join(' · ');
  };

  return (
    <>
      <section className="concept-editor" aria-label={t('concepts:concept')}>
        <div className="concept-field">
          <label htmlFor="concept-name">{t('concepts:name')}</label>
          <EditableText
            id="concept-name"
            value={concept.name}
            onSave={(name) => updateConcept({ conceptId: concept.id, name })}
          />
        </div>
        <div className="concept-field">
          <label htmlFor="concept-description">{t('concepts:description')}</label>
          <EditableText
            id="concept-description"
            multiline
            value={concept.description}
            placeholder={t('concepts:descriptionPlaceholder')}
            onSave={(description) => updateConcept({ conceptId: concept.id, description })}
          />
        </div>
        <div className="concept-actions">
          <button type="button" className="quiet danger" onClick={() => void remove()}>
            {t('concepts:deleteConcept')}
          </button>
        </div>
      </section>
      {timeline ? (
        <AnnotationContextList
          sectionId="timeline"
          title={t('concepts:timeline')}
          rows={timeline.statements}
          emptyText={t('concepts:noStatements')}
          dateOf={rowStatementDate}
          detail={detail}
          detailHeading={t('concepts:speakerStance')}
        />
      ) : (
        <p className="empty-hint" aria-live="polite">
          {t('concepts:readingTimeline')}
        </p>
      )}
    </>
  );
}
