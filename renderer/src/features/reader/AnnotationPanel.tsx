import { useEffect, useRef } from 'react';
import { speakerReasonLabels, speakerSuggestion } from '../../../../shared/actors/suggest-speaker.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { formatDate } from '../../../../shared/library/format-date.ts';
import { statementDate } from '../../../../shared/library/statement-date.ts';
import { type Annotation, type Stance, stanceLabels, stances } from '../../../../shared/model/annotation.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ConceptField } from './ConceptField.tsx';
import { LinkSection } from './LinkSection.tsx';
import { MemoField } from './MemoField.tsx';

/**
 * The side panel for the selected annotation: its tag, the actor it names
 * (mentions), the statement's speaker, addressee, stance, date and concept
 * (claims and proposals), its memo and its links. Every field saves on
 * change and is one undo step.
 */
export function AnnotationPanel({ annotation }: { annotation: Annotation }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const document = useAppStore((s) => s.reader?.document);
  const annotations = useAppStore((s) => s.reader?.annotations);
  const update = useAppStore((s) => s.updateAnnotation);
  const setPrompt = useAppStore((s) => s.setPrompt);
  const remove = useAppStore((s) => s.deleteAnnotation);
  const memoFocus = useAppStore((s) => s.memoFocus);
  const memo = useRef<HTMLTextAreaElement>(null);
  const tag = tags.find((t) => t.id === annotation.tagId);
  // The date a statement without its own takes: its document's, to the day.
  const documentDay = statementDate({}, document?.metadata.date);
  const nameOf = (id?: string) => (id ? (actors.find((a) => a.id === id)?.name ?? 'Unknown actor') : null);
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
    <section className="annotation-detail" aria-label="Selected annotation">
      <div className="detail-head">
        <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
        <label className="sr-only" htmlFor="detail-tag">
          Tag
        </label>
        <select
          id="detail-tag"
          value={annotation.tagId}
          onChange={(e) => void update({ annotationId: annotation.id, tagId: e.target.value })}
        >
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {tagPathLabel(tags, t.id)}
            </option>
          ))}
        </select>
        <button type="button" className="link-button" onClick={() => void remove(annotation.id)} title="Delete (Del)">
          Delete
        </button>
      </div>
      <blockquote className="detail-quote">
        {annotation.orphaned && <strong>Orphaned — its text was deleted: </strong>}
        {annotation.quote.exact}
      </blockquote>

      {tag?.kind === 'actor-mention' && (
        <Field label="Actor" value={nameOf(annotation.actorId)} keyHint="a" onPick={() => setPrompt('mention')} />
      )}

      {tag?.kind === 'statement' && (
        <>
          <Field label="Speaker" value={nameOf(annotation.speakerId)} keyHint="s" onPick={() => setPrompt('speaker')} />
          {suggestion && (
            <p className="suggestion">
              Suggested speaker: <strong>{nameOf(suggestion.actorId)}</strong> ({speakerReasonLabels[suggestion.reason]}
              ){' '}
              <button
                type="button"
                onClick={() => void update({ annotationId: annotation.id, speakerId: suggestion.actorId })}
              >
                Use
              </button>
            </p>
          )}
          <Field
            label="Addressee"
            value={nameOf(annotation.addresseeId)}
            keyHint="r"
            onPick={() => setPrompt('addressee')}
          />
          <div className="detail-field">
            <label htmlFor="detail-stance">
              Stance <kbd>t</kbd>
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
                  {stanceLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="detail-field">
            <label htmlFor="detail-date">Statement date</label>
            <DateField
              id="detail-date"
              key={annotation.id}
              time={false}
              value={annotation.statementDate ?? ''}
              placeholder={documentDay ? `${formatDate(documentDay)} (the document's)` : 'e.g. 08.09.2023'}
              onChange={(value) => void update({ annotationId: annotation.id, statementDate: value || null })}
            />
          </div>
          <ConceptField key={annotation.id} annotation={annotation} />
        </>
      )}

      <MemoField
        ref={memo}
        id="annotation-memo"
        label="Memo"
        keyHint="m"
        value={annotation.note}
        onSave={(note) => update({ annotationId: annotation.id, note }).then(() => undefined)}
      />
      <LinkSection annotation={annotation} />
    </section>
  );
}

interface FieldProps {
  label: string;
  value: string | null;
  keyHint: string;
  onPick: () => void;
}

function Field({ label, value, keyHint, onPick }: FieldProps) {
  return (
    <div className="detail-field">
      <span className="detail-label">{label}</span>
      <span className="detail-value" data-testid={`detail-${label.toLowerCase()}`}>
        {value ?? '—'}
      </span>
      <button type="button" onClick={onPick} aria-label={`Choose the ${label.toLowerCase()}`}>
        Choose… <kbd>{keyHint}</kbd>
      </button>
    </div>
  );
}
