import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Tells the user about project files that were damaged when the project was opened, and what a crash left that the open repaired. */
export function ProblemsBanner() {
  const { t } = useT();
  const problems = useAppStore((s) => s.project?.problems);
  const recovered = useAppStore((s) => s.project?.recovered);
  return (
    <>
      {problems?.length ? (
        <section className="problems" role="alert">
          <h2>{t('library:problemsTitle')}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.file}>{p.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {recovered?.length ? (
        <section className="recovered" role="status">
          <h2>{t('library:recoveredTitle')}</h2>
          <ul>
            {recovered.map((r) => (
              <li key={r.kind}>{r.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
