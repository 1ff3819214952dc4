import type { AnnotationRow, ConceptTimeline } from '../../../../shared/ipc/results.ts';
import { stanceLabels } from '../../../../shared/model/annotation.ts';
import type { Concept } from '../../../../shared/model/concept.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
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
  const nameOf = (id: string | undefined) => (id ? (actors.find((a) => a.id === id)?.name ?? 'Unknown actor') : null);

  const remove = async () => {
    const count = timeline?.statements.length ?? 0;
    // Its statements stay, only ungrouped; Undo regroups them. Asked only when there are some.
    const question = `Delete “${concept.name}”? Its ${countOf(count, 'statement')} stay, ungrouped.`;
    if (count > 0 && !(await askToConfirm(question, { confirmLabel: 'Delete', danger: true }))) return;
    const failure = await deleteConcept(concept.id);
    if (failure) return notify('error', `The concept was not deleted: ${failure}`);
    notify('info', `Concept “${concept.name}” deleted.`);
    navigate({ view: 'concepts' });
  };
  const detail = (row: AnnotationRow) => {
    const speaker = nameOf(row.annotation.speakerId);
    const stance = row.annotation.stance ? stanceLabels[row.annotation.stance] : null;
    return [speaker ?? 'No speaker', stance].filter(Boolean).join(' · ');
  };

  return (
    <>
      <section className="concept-editor" aria-label="Concept">
        <div className="concept-field">
          <label htmlFor="concept-name">Name</label>
          <EditableText
            id="concept-name"
            value={concept.name}
            onSave={(name) => updateConcept({ conceptId: concept.id, name })}
          />
        </div>
        <div className="concept-field">
          <label htmlFor="concept-description">Description</label>
          <EditableText
            id="concept-description"
            multiline
            value={concept.description}
            placeholder="What the idea is, how to recognise statements about it"
            onSave={(description) => updateConcept({ conceptId: concept.id, description })}
          />
        </div>
        <div className="concept-actions">
          <button type="button" className="quiet danger" onClick={() => void remove()}>
            Delete concept
          </button>
        </div>
      </section>
      {timeline ? (
        <AnnotationContextList
          title="Timeline"
          rows={timeline.statements}
          emptyText="No statement is about this concept yet: choose it as the Concept of a claim or proposal in the Reader’s side panel."
          dateOf={rowStatementDate}
          detail={detail}
          detailHeading="Speaker · stance"
        />
      ) : (
        <p className="empty-hint" aria-live="polite">
          Reading the timeline…
        </p>
      )}
    </>
  );
}
