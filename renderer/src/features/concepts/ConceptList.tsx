import { useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { FieldError } from '../../ui/FieldError.tsx';

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
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Type the concept’s name.');
    const concept = await createConcept(name.trim());
    if (typeof concept === 'string') return setError(concept);
    setName('');
    setError(null);
    navigate({ view: 'concepts', conceptId: concept.id });
  };
  return (
    <form className="new-concept-form" onSubmit={(e) => void submit(e)}>
      <input
        aria-label="New concept name"
        placeholder="e.g. SCO anti-terrorism programme 2025–2027"
        value={name}
        maxLength={limits.titleLength}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="quiet">
        Add concept
      </button>
      <FieldError id="new-concept-error" message={error} />
    </form>
  );
}
