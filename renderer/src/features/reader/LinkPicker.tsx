import { useEffect, useId, useRef, useState } from 'react';
import type { AnnotationRow } from '../../../../shared/ipc/results.ts';
import type { AnnotationSearchRow } from '../../../../shared/search/search-results.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

/** How long typing pauses before the search runs. */
const DEBOUNCE_MS = 150;
const LIMIT = 50;
/** The type a new link starts with: the commonest reason to link statements across texts. */
const DEFAULT_TYPE = 'same-proposal';

interface Props {
  source: Annotation;
  onClose: () => void;
}

/**
 * Links the selected annotation to another, in any document: first find
 * the target (the annotation search, as you type; ↑/↓ and Enter, or a
 * click), then choose the link's type and an optional memo. Escape closes.
 */
export function LinkPicker({ source, onClose }: Props) {
  const [target, setTarget] = useState<AnnotationRow | null>(null);
  const { t } = useT();
  return (
    <div className="picker-backdrop">
      <div
        className="picker link-picker"
        role="dialog"
        aria-modal="true"
        aria-label={t('reader:linkDialog')}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        <h2>{t('reader:linkHeading', { quote: shortQuote(source.quote.exact, 60) })}</h2>
        {target ? (
          <LinkDetails source={source} target={target} onBack={() => setTarget(null)} onDone={onClose} />
        ) : (
          <TargetSearch sourceId={source.id} onChoose={setTarget} />
        )}
      </div>
    </div>
  );
}

function TargetSearch({ sourceId, onChoose }: { sourceId: string; onChoose: (row: AnnotationRow) => void }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const { t } = useT();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<AnnotationSearchRow[]>([]);
  /** The query `rows` answer: Enter waits until they answer the query as typed. */
  const [rowsFor, setRowsFor] = useState('');
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (!query.trim()) {
      setRows([]);
      setTotal(0);
      return;
    }
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const result = await requireApi().searchAnnotations({ query, limit: LIMIT + 1, documentDetails: true });
        if (stale) return;
        // The source itself is no target; one extra row was asked for so that LIMIT remain.
        const found = result.rows.filter((r) => r.annotation.id !== sourceId);
        setRows(found.slice(0, LIMIT));
        setRowsFor(query);
        setTotal(result.total - (found.length < result.rows.length ? 1 : 0));
        setError(null);
        setActive(0);
      } catch (e) {
        if (!stale) setError(messageOf(e));
      }
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, sourceId]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, rows.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter') {
      // Results of an earlier query would link the wrong annotation.
      const row = rowsFor === query ? rows[current] : undefined;
      if (row) onChoose(row);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={rows[current] ? `${listId}-${current}` : undefined}
        aria-label={t('reader:findTarget')}
        placeholder={t('reader:findPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label={t('reader:found')} className="picker-list link-results">
        {rows.map((row, i) => {
          const tag = tags.find((candidate) => candidate.id === row.annotation.tagId);
          const date = format.date(rowStatementDate(row));
          return (
            <div
              key={row.annotation.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(row);
              }}
            >
              <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
              <span className="link-result">
                <span className="link-result-meta">
                  {[row.documentTitle, date, tag?.name ?? t('reader:unknownTag')].filter(Boolean).join(' · ')}
                </span>
                <span className="link-result-quote">{shortQuote(row.annotation.quote.exact, 200)}</span>
                {row.byDocument && <span className="link-result-by-document">{t('reader:byDocument')}</span>}
              </span>
            </div>
          );
        })}
        {query.trim() && rows.length === 0 && !error && <p className="picker-empty">{t('reader:noMatch')}</p>}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="picker-footer">
        {total > rows.length
          ? t('reader:pickerFooterPartial', { shown: rows.length, total })
          : t('reader:pickerFooter')}
      </p>
    </>
  );
}

interface DetailsProps {
  source: Annotation;
  target: AnnotationRow;
  onBack: () => void;
  onDone: () => void;
}

function LinkDetails({ source, target, onBack, onDone }: DetailsProps) {
  const linkTypes = useAppStore((s) => s.linkTypes);
  const createLink = useAppStore((s) => s.createLink);
  const fallback = linkTypes.find((type) => type.id === DEFAULT_TYPE) ?? linkTypes[0];
  const [typeId, setTypeId] = useState(fallback?.id ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const { t } = useT();
  const format = useFormat();

  useEffect(() => select.current?.focus(), []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = typeId || fallback?.id;
    if (!chosen) return setError(t('reader:noLinkType'));
    setSaving(true);
    const failure = await createLink({ fromId: source.id, toId: target.annotation.id, typeId: chosen, note });
    setSaving(false);
    if (failure) return setError(failure);
    onDone();
  };

  const date = format.date(rowStatementDate(target));
  return (
    <form className="dialog-form link-details" onSubmit={(e) => void submit(e)}>
      <div className="link-target">
        <span className="link-result-meta">
          {target.documentTitle}
          {date ? ` · ${date}` : ''}
        </span>
        <q>{shortQuote(target.annotation.quote.exact, 300)}</q>
      </div>
      <label>
        {t('reader:linkType')}
        <select ref={select} value={typeId || fallback?.id || ''} onChange={(e) => setTypeId(e.target.value)}>
          {linkTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reader:memoOptional')}
        <textarea value={note} rows={2} maxLength={limits.noteLength} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onBack}>
          {t('reader:back')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('reader:createLink')}
        </button>
      </div>
    </form>
  );
}
