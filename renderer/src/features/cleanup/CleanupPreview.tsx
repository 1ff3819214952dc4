import './cleanup.css';
import type { BoilerplateSpan } from '../../../../shared/text/detect-boilerplate.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  text: string;
  spans: readonly BoilerplateSpan[];
  /** Indexes of spans the user keeps (not struck through). */
  keep: ReadonlySet<number>;
  onToggle: (index: number) => void;
  label: string;
}

/**
 * The text with each proposed removal struck through and labelled with its
 * reason. Clicking a stretch keeps it (or proposes it again): nothing is
 * removed that the user has not seen here.
 */
export function CleanupPreview({ text, spans, keep, onToggle, label }: Props) {
  const { t } = useT();
  const parts: React.ReactNode[] = [];
  let at = 0;
  // Only the first date line gave the date (detectBoilerplate says so of the others).
  let dateLines = 0;
  spans.forEach((span, i) => {
    const kind = span.kind === 'date-line' && dateLines++ > 0 ? 'date-line-other' : span.kind;
    const reason = t(`reader:boilerplate-${kind}`);
    if (span.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, span.start)}</span>);
    const kept = keep.has(i);
    const body = text.slice(span.start, span.end).replace(/\n$/, '');
    parts.push(
      <button
        key={`s${span.start}`}
        type="button"
        className={kept ? 'cleanup-span kept' : 'cleanup-span removed'}
        aria-pressed={!kept}
        title={t(kept ? 'reader:spanKept' : 'reader:spanRemoved', { reason })}
        onClick={() => onToggle(i)}
      >
        {kept ? body : <del>{body}</del>}
        <span className="cleanup-reason">{kept ? t('reader:kept') : reason}</span>
      </button>,
      '\n',
    );
    at = Math.max(at, span.end);
  });
  if (at < text.length) parts.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return (
    <div className="cleanup-preview" role="document" aria-label={label}>
      {parts}
    </div>
  );
}
