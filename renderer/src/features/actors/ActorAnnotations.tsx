import type { ActorMentions, AnnotationRow } from '../../../../shared/ipc/results.ts';
import { stanceLabels } from '../../../../shared/model/annotation.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { AnnotationContextList } from './AnnotationContextList.tsx';

/** The actor's part in a statement: who spoke, who was spoken to (an actor may be both). */
function roleIn(row: AnnotationRow, actorId: string): string {
  const { speakerId, addresseeId } = row.annotation;
  if (speakerId === actorId && addresseeId === actorId) return 'Speaker and addressee';
  return speakerId === actorId ? 'Speaker' : 'Addressee';
}

/** Where the actor appears in the corpus: the passages naming it, then the statements it made or received. */
export function ActorAnnotations({ data }: { data: ActorMentions }) {
  const actorId = data.actor.id;
  return (
    <>
      <AnnotationContextList
        title="Mentions"
        rows={data.mentions}
        emptyText="No passage is tagged as naming this actor yet."
      />
      <AnnotationContextList
        title="Statements"
        rows={data.statements}
        emptyText="This actor is not the speaker or addressee of any statement yet."
        dateOf={rowStatementDate}
        detail={(row) => (
          <>
            {roleIn(row, actorId)}
            {row.annotation.stance && <span className="stance"> · {stanceLabels[row.annotation.stance]}</span>}
          </>
        )}
      />
    </>
  );
}
