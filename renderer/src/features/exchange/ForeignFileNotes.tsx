import type { BundlePreview } from '../../../../shared/bundles/bundle-preview.ts';
import { wordMessage } from '../../../../shared/i18n/word.ts';
import { useT } from '../../i18n/i18n.ts';
import './exchange.css';

/** How many rejected annotations are listed; the count above says how many there are. */
const SHOWN_REJECTED = 500;

/**
 * What the import preview adds for another tool's file: its format, what
 * its reader noted (spans split, line ends counted as the tool counts
 * them), and the annotations that do not fit their text, each with its
 * reason — listed, not imported. A bundle has none of these: nothing shows.
 */
export function ForeignFileNotes({ preview }: { preview: BundlePreview }) {
  const { t } = useT();
  if (preview.format === 'bundle' && !preview.notes.length && !preview.rejected.length) return null;
  const unknown = t('exchange:ui-unknown');
  return (
    <section className="bundle-section exchange-notes">
      {preview.format !== 'bundle' && (
        <p className="exchange-format-line">
          {t('exchange:ui-fileFormat', { format: t(`exchange:ui-format-${preview.format}`) })}
        </p>
      )}
      {preview.notes.length > 0 && (
        <>
          <h3>{t('exchange:ui-notesTitle')}</h3>
          <ul className="bundle-list exchange-note-list">
            {preview.notes.map((note, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the notes are a fixed list, never reordered
              <li key={i}>{wordMessage(t, note)}</li>
            ))}
          </ul>
        </>
      )}
      {preview.rejected.length > 0 && (
        <details className="bundle-group exchange-rejected" open={preview.rejected.length <= 20}>
          <summary className="bundle-warning">
            {t('exchange:ui-rejectedTitle', { count: preview.rejected.length })}
          </summary>
          <ul className="bundle-list">
            {preview.rejected.slice(0, SHOWN_REJECTED).map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two rejections may name the same annotation
              <li key={i}>
                {t('exchange:ui-rejectedItem', {
                  document: r.document ?? unknown,
                  annotation: r.annotation ?? unknown,
                  reason: wordMessage(t, r.reason),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
