import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { LayerOwner } from './LayerOwner.tsx';
import { LinkSection } from './LinkSection.tsx';
import { AnnotationHistory } from '../history/AnnotationHistory.tsx';

/**
 * A colleague's annotation in the side panel: what it records, as text, with
 * no field to change and no Delete (their layer is theirs: the core refuses
 * such edits too). Linking from it stays possible: the link is mine.
 */
export function ReadOnlyAnnotation({ annotation, coder }: { annotation: Annotation; coder: string }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const concepts = useAppStore((s) => s.concepts);
  const { t } = useT();
  const format = useFormat();
  const tag = tags.find((candidate) => candidate.id === annotation.tagId);
  const nameOf = (id?: string) => (id ? (actors.find((a) => a.id === id)?.name ?? t('reader:unknownActor')) : null);
  const concept = annotation.conceptId
    ? (concepts.find((c) => c.concept.id === annotation.conceptId)?.concept.name ?? t('reader:conceptNotLoaded'))
    : null;
  // Name (for tests, in English), label and value of each field the tag has.
  const fields: Array<[string, string, string | null]> = [];
  if (tag?.kind === 'actor-mention') fields.push(['actor', t('reader:actor'), nameOf(annotation.actorId)]);
  if (tag?.kind === 'statement') {
    const stance = annotation.stance ? t(`model:stance-${annotation.stance}`) : null;
    const date = annotation.statementDate ? format.date(annotation.statementDate) : null;
    fields.push(
      ['speaker', t('reader:speaker'), nameOf(annotation.speakerId)],
      ['addressee', t('reader:addressee'), nameOf(annotation.addresseeId)],
      ['stance', t('reader:stance'), stance],
      ['date', t('reader:statementDate'), date],
      ['concept', t('reader:concept'), concept],
    );
  }

  return (
    <section className="annotation-detail read-only-annotation" aria-label={t('reader:selectedLabel')}>
      <LayerOwner coder={coder} coderId={annotation.coderId} readOnly />
      <div className="detail-head">
        <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
        <span className="detail-tag" data-testid="detail-tag">
          {tag ? tagPathLabel(tags, tag.id) : t('reader:unknownTag')}
        </span>
      </div>
      <blockquote className="detail-quote">
        {annotation.orphaned && <strong>{t('reader:orphanedQuote')}</strong>}
        {annotation.quote.exact}
      </blockquote>
      {fields.map(([name, label, value]) => (
        <div key={name} className="detail-field">
          <span className="detail-label">{label}</span>
          <span className="detail-value" data-testid={`detail-${name}`}>
            {value ?? '—'}
          </span>
        </div>
      ))}
      {annotation.note && (
        <div className="detail-field memo-field">
          <span className="detail-label">{t('reader:memo')}</span>
          <p className="read-only-memo">{annotation.note}</p>
        </div>
      )}
      <LinkSection annotation={annotation} />
      <AnnotationHistory annotationId={annotation.id} />
    </section>
  );
}
