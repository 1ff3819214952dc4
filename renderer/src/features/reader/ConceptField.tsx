import { useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';

/** The select's value for "New concept…" (not an id: ids have no spaces). */
const NEW = 'new concept';

/**
 * A statement's concept: the policy idea it is about, chosen from the
 * project's concepts, or a new one named on the spot. (An inline field
 * rather than window.prompt, which Electron does not provide.)
 */
export function ConceptField({ annotation }: { annotation: Annotation }) {
  const concepts = useAppStore((s) => s.concepts);
  const setConcept = useAppStore((s) => s.setAnnotationConcept);
  const createConcept = useAppStore((s) => s.createConcept);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = annotation.conceptId ?? '';
  const known = !current || concepts.some((c) => c.concept.id === current);

  const close = () => {
    setAdding(false);
    setName('');
    setError(null);
  };
  const add = async () => {
    if (!name.trim()) return setError('Type the concept’s name.');
    const concept = await createConcept(name.trim());
    if (typeof concept === 'string') return setError(concept);
    close();
    await setConcept(annotation.id, concept.id);
  };

  return (
    <>
      <div className="detail-field">
        <label htmlFor="detail-concept">Concept</label>
        <select
          id="detail-concept"
          value={adding ? NEW : current}
          onChange={(e) => {
            if (e.target.value === NEW) return setAdding(true);
            close();
            void setConcept(annotation.id, e.target.value || null);
          }}
        >
          <option value="">—</option>
          {concepts.map((c) => (
            <option key={c.concept.id} value={c.concept.id}>
              {c.concept.name}
            </option>
          ))}
          {!known && <option value={current}>(a concept not loaded yet)</option>}
          <option value={NEW}>New concept…</option>
        </select>
      </div>
      {adding && (
        <form
          className="new-concept"
          aria-label="New concept"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <input
            aria-label="New concept name"
            placeholder="e.g. SCO anti-terrorism programme 2025–2027"
            value={name}
            maxLength={limits.titleLength}
            // biome-ignore lint/a11y/noAutofocus: chosen from the select just now; the name is what comes next.
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">Add concept</button>
          <button type="button" onClick={close}>
            Cancel
          </button>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </>
  );
}
