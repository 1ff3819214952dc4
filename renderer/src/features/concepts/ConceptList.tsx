import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { NameForm } from '../../ui/NameForm.tsx';

/** The concepts by name, each with its number of statements; and a field to add one. */
export function ConceptList({ selectedId }: { selectedId: string | undefined }) {
  const concepts = useAppStore((s) => s.concepts);
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();
  return (
    <>
      <h1 className="concepts-title">{t('concepts:title')}</h1>
      {concepts.length === 0 ? (
        <p className="empty-hint">{t('concepts:noConcepts')}</p>
      ) : (
        <ul className="concept-list" aria-label={t('concepts:title')}>
          {concepts.map(({ concept, statementCount }) => (
            <li key={concept.id}>
              <button
                type="button"
                className={concept.id === selectedId ? 'concept-row selected' : 'concept-row'}
                aria-current={concept.id === selectedId ? 'true' : undefined}
                onClick={() => navigate({ view: 'concepts', conceptId: concept.id })}
              >
                <span className="concept-row-name">{concept.name}</span>
                <span className="concept-row-count" title={t('concepts:statementCount', { count: statementCount })}>
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
  const { t } = useT();
  return (
    <NameForm
      className="new-concept-form"
      label={t('concepts:newName')}
      placeholder={t('concepts:newPlaceholder')}
      maxLength={limits.titleLength}
      submitLabel={t('concepts:addConcept')}
      emptyMessage={t('concepts:newEmpty')}
      onSubmit={async (name) => {
        const concept = await createConcept(name);
        if (typeof concept === 'string') return concept;
        navigate({ view: 'concepts', conceptId: concept.id });
        return null;
      }}
    />
  );
}
