import { useEffect, useRef } from 'react';
import { speakerSuggestion } from '../../../../shared/actors/suggest-speaker.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { formatDate } from '../../../../shared/library/format-date.ts';
import { statementDate } from '../../../../shared/library/statement-date.ts';
import { type Annotation, type Stance, stances } from '../../../../shared/model/annotation.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ConceptField } from './ConceptField.tsx';
import { LinkSection } from './LinkSection.tsx';
import { AnnotationHistory } from '../history/AnnotationHistory.tsx';
import { MemoField } from './MemoField.tsx';
import { isOwnRecord } from '../../../../shared/model/layer-owner.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { shownLayerIds } from '../../store/reader-slice.ts';
import { LayerOwner } from './LayerOwner.tsx';
import { ReadOnlyAnnotation } from './ReadOnlyAnnotation.tsx';

/**
 * The side panel for the selected annotation: its tag, the actor it names
 * (mentions), the statement's speaker, addressee, stance, date and concept
 * (claims and proposals), its memo and its links. Every field saves on
 * change and is one undo step.
 */
export function AnnotationPanel({ annotation }: { annotation: Annotation }) {
  const project = useAppStore((s) => s.project);
  const othersShown = useAppStore((s) => shownLayerIds(s).length > 0);
  const { t } = useT();
  // A colleague's annotation: shown as it is, nothing to change (their layer is theirs; the core refuses too).
  if (project && !isOwnRecord(annotation, project.coder.id)) {
    return <ReadOnlyAnnotation annotation={annotation} coder={coderLabel(annotation.coderId, project, t)} />;
  }
  return (
    <OwnAnnotation annotation={annotation} layer={othersShown ? coderLabel(annotation.coderId, project, t) : null} />
  );
}

/** My own annotation: every field editable; with colleagues' layers shown, whose layer it is (mine). */
function OwnAnnotation({ annotation, layer }: { annotation: Annotation; layer: string | null }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const document = useAppStore((s) => s.reader?.document);
  const annotations = useAppStore((s) => s.reader?.annotations);
  const update = useAppStore((s) => s.updateAnnotation);
  const setPrompt = useAppStore((s) => s.setPrompt);
  const remove = useAppStore((s) => s.deleteAnnotation);
  const memoFocus = useAppStore((s) => s.memoFocus);
  const memo = useRef<HTMLTextAreaElement>(null);
  const { t } = useT();
  const tag = tags.find((candidate) => candidate.id === annotation.tagId);
  // The date a statement without its own takes: its document's, to the day.
  const documentDay = statementDate({}, document?.metadata.date);
  const nameOf = (id?: string) => (id ? (actors.find((a) => a.id === id)?.name ?? t('reader:unknownActor')) : null);
  const suggestion =
    tag?.kind === 'statement' && !annotation.speakerId && document && annotations
      ? speakerSuggestion(document.text, annotations, annotation, actors)
      : null;

  // Only when asked for this annotation, once: never because a panel appeared.
  useEffect(() => {
    if (memoFocus !== annotation.id) return;
    memo.current?.focus();
    useAppStore.getState().memoFocused();
  }, [memoFocus, annotation.id]);

  return (
    <section className="annotation-detail" aria-label={t('reader:selectedLabel')}>
      <div className="detail-head">
        <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
        <label className="sr-only" htmlFor="detail-tag">
          {t('reader:tag')}
        </label>
        <select
          id="detail-tag"
          value={annotation.tagId}
          onChange={(e) => void update({ annotationId: annotation.id, tagId: e.target.value })}
        >
          {tags.map((option) => (
            <option key={option.id} value={option.id}>
              {tagPathLabel(tags, option.id)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="link-button"
          onClick={() => void remove(annotation.id)}
          title={t('reader:deleteTitle')}
        >
          {t('reader:delete')}
        </button>
      </div>
      {layer && <LayerOwner coder={layer} coderId={annotation.coderId} />}
      <blockquote className="detail-quote">
        {annotation.orphaned && <strong>{t('reader:orphanedQuote')}</strong>}
        {annotation.quote.exact}
      </blockquote>

      {tag?.kind === 'actor-mention' && (
        <Field
          name="actor"
          label={t('reader:actor')}
          chooseLabel={t('reader:chooseActor')}
          value={nameOf(annotation.actorId)}
          keyHint="a"
          onPick={() => setPrompt('mention')}
        />
      )}

      {tag?.kind === 'statement' && (
        <>
          <Field
            name="speaker"
            label={t('reader:speaker')}
            chooseLabel={t('reader:chooseSpeaker')}
            value={nameOf(annotation.speakerId)}
            keyHint="s"
            onPick={() => setPrompt('speaker')}
          />
          {suggestion && (
            <p className="suggestion">
              {t('reader:suggestedSpeaker')} <strong>{nameOf(suggestion.actorId)}</strong> (
              {t(`reader:reason-${suggestion.reason}`)}){' '}
              <button
                type="button"
                onClick={() => void update({ annotationId: annotation.id, speakerId: suggestion.actorId })}
              >
                {t('reader:use')}
              </button>
            </p>
          )}
          <Field
            name="addressee"
            label={t('reader:addressee')}
            chooseLabel={t('reader:chooseAddressee')}
            value={nameOf(annotation.addresseeId)}
            keyHint="r"
            onPick={() => setPrompt('addressee')}
          />
          <div className="detail-field">
            <label htmlFor="detail-stance">
              {t('reader:stance')} <kbd>t</kbd>
            </label>
            <select
              id="detail-stance"
              value={annotation.stance ?? ''}
              onChange={(e) =>
                void update({ annotationId: annotation.id, stance: (e.target.value || null) as Stance | null })
              }
            >
              <option value="">—</option>
              {stances.map((s) => (
                <option key={s} value={s}>
                  {t(`model:stance-${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="detail-field">
            <label htmlFor="detail-date">{t('reader:statementDate')}</label>
            <DateField
              id="detail-date"
              key={annotation.id}
              time={false}
              value={annotation.statementDate ?? ''}
              placeholder={
                documentDay ? t('reader:documentsDate', { date: formatDate(documentDay) }) : t('reader:datePlaceholder')
              }
              onChange={(value) => void update({ annotationId: annotation.id, statementDate: value || null })}
            />
          </div>
          <ConceptField key={annotation.id} annotation={annotation} />
        </>
      )}

      <MemoField
        ref={memo}
        id="annotation-memo"
        label={t('reader:memo')}
        keyHint="m"
        value={annotation.note}
        onSave={(note) => update({ annotationId: annotation.id, note }).then(() => undefined)}
      />
      <LinkSection annotation={annotation} />
      <AnnotationHistory annotationId={annotation.id} />
    </section>
  );
}

interface FieldProps {
  /** Names the field for tests (data-testid), in English whatever the language. */
  name: string;
  label: string;
  /** The Choose… button's accessible name. */
  chooseLabel: string;
  value: string | null;
  keyHint: string;
  onPick: () => void;
}

function Field({ name, label, chooseLabel, value, keyHint, onPick }: FieldProps) {
  const { t } = useT();
  return (
    <div className="detail-field">
      <span className="detail-label">{label}</span>
      <span className="detail-value" data-testid={`detail-${name}`}>
        {value ?? '—'}
      </span>
      <button type="button" onClick={onPick} aria-label={chooseLabel}>
        {t('reader:choose')} <kbd>{keyHint}</kbd>
      </button>
    </div>
  );
}
