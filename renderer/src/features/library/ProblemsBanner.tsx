import { useAppStore } from '../../store/app-store.ts';

/** Tells the user about project files that were damaged when the project was opened. */
export function ProblemsBanner() {
  const problems = useAppStore((s) => s.project?.problems ?? []);
  if (problems.length === 0) return null;
  return (
    <section className="problems" role="alert">
      <h2>Some files of this project could not be read</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.file}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}
