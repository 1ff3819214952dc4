import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { wordText } from '../../store/notice-slice.ts';

/** Tells the user about project files that were damaged when the project was opened, and what a crash left that the open repaired. */
export function ProblemsBanner() {
  const { t, language } = useT();
  const problems = useAppStore((s) => s.project?.problems);
  const recovered = useAppStore((s) => s.project?.recovered);
  return (
    <>
      {problems?.length ? (
        <section className="problems" role="alert">
          <h2>{t('library:problemsTitle')}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.file}>{wordText(p.text ?? p.message, t, language)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {recovered?.length ? (
        <section className="recovered" role="status">
          <h2>{t('library:recoveredTitle')}</h2>
          <ul>
            {recovered.map((r) => (
              <li key={r.kind}>{wordText(r.text ?? r.message, t, language)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
