import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { NameForm } from '../../ui/NameForm.tsx';

/** The concepts by name, each with its number of statements; and a field to add one. */
export function ConceptList({ selectedId }: { selectedId: string | undefined }) {
  const concepts = useAppStore((s) => s.concepts);
  const navigate = useAppStore((s) => s.navigate);
  return (
    <>
      <h1 className="concepts-title">Concepts</h1>
      {concepts.length === 0 ? (
        <p className="empty-hint">No concepts yet. Add the first one below.</p>
      ) : (
        <ul className="concept-list" aria-label="Concepts">
          {concepts.map(({ concept, statementCount }) => (
            <li key={concept.id}>
              <button
                type="button"
                className={concept.id === selectedId ? 'concept-row selected' : 'concept-row'}
                aria-current={concept.id === selectedId ? 'true' : undefined}
                onClick={() => navigate({ view: 'concepts', conceptId: concept.id })}
              >
                <span className="concept-row-name">{concept.name}</span>
                <span className="concept-row-count" title={countOf(statementCount, 'statement')}>
                  {statementCount}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <NewConceptForm />
    </>
  );
}

function NewConceptForm() {
  const createConcept = useAppStore((s) => s.createConcept);
  const navigate = useAppStore((s) => s.navigate);
  return (
    <NameForm
      className="new-concept-form"
      label="New concept name"
      placeholder="e.g. SCO anti-terrorism programme 2025–2027"
      maxLength={limits.titleLength}
      submitLabel="Add concept"
      emptyMessage="Type the concept’s name."
      onSubmit={async (name) => {
        const concept = await createConcept(name);
        if (typeof concept === 'string') return concept;
        navigate({ view: 'concepts', conceptId: concept.id });
        return null;
      }}
    />
  );
}
