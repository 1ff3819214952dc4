import type { ActorMentions, AnnotationRow } from '../../../../shared/ipc/results.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { AnnotationContextList } from './AnnotationContextList.tsx';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { useT } from '../../i18n/i18n.ts';

/** The actor's part in a statement: who spoke, who was spoken to (an actor may be both). */
function roleIn(t: Translate, row: AnnotationRow, actorId: string): string {
  const { speakerId, addresseeId } = row.annotation;
  if (speakerId === actorId && addresseeId === actorId) return t('actors:speakerAndAddressee');
  return speakerId === actorId ? t('actors:speaker') : t('actors:addressee');
}

/** Where the actor appears in the corpus: the passages naming it, then the statements it made or received. */
export function ActorAnnotations({ data }: { data: ActorMentions }) {
  const actorId = data.actor.id;
  const { t } = useT();
  return (
    <>
      <AnnotationContextList
        sectionId="mentions"
        title={t('actors:mentions')}
        rows={data.mentions}
        emptyText={t('actors:noMentions')}
      />
      <AnnotationContextList
        sectionId="statements"
        title={t('actors:statements')}
        rows={data.statements}
        emptyText={t('actors:noStatements')}
        dateOf={rowStatementDate}
        detail={(row) => (
          <>
            {roleIn(t, row, actorId)}
            {row.annotation.stance && <span className="stance"> · {t(`model:stance-${row.annotation.stance}`)}</span>}
          </>
        )}
      />
    </>
  );
}
