import { readOnlyProblemsOf } from './read-only-problems.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { wordText } from '../../store/notice-slice.ts';

/**
 * Says, above the text, which of this document's files could not be read
 * when the project opened: what they hold is read-only (the core refuses
 * changes to it) until the file is fixed and the project opened again.
 */
export function ReadOnlyNotice({ documentId }: { documentId: string }) {
  const problems = useAppStore((s) => s.project?.problems);
  const { t, language } = useT();
  const mine = readOnlyProblemsOf(problems ?? [], documentId);
  if (mine.length === 0) return null;
  return (
    <section className="read-only-notice" role="status" aria-label={t('reader:readOnlyLabel')}>
      <strong>{t('reader:readOnly')}</strong>
      <ul>
        {mine.map((p) => (
          <li key={p.file}>{wordText(p.text ?? p.message, t, language)}</li>
        ))}
      </ul>
    </section>
  );
}
