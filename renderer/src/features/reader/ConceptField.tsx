import { useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { NameForm } from '../../ui/NameForm.tsx';

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
  const { t } = useT();
  const current = annotation.conceptId ?? '';
  const known = !current || concepts.some((c) => c.concept.id === current);

  const close = () => setAdding(false);
  const add = async (name: string) => {
    const concept = await createConcept(name);
    if (typeof concept === 'string') return concept;
    close();
    await setConcept(annotation.id, concept.id);
    return null;
  };

  return (
    <>
      <div className="detail-field">
        <label htmlFor="detail-concept">{t('reader:concept')}</label>
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
          {!known && <option value={current}>{t('reader:conceptNotLoaded')}</option>}
          <option value={NEW}>{t('reader:newConceptOption')}</option>
        </select>
      </div>
      {adding && (
        <NameForm
          className="new-concept"
          ariaLabel={t('reader:newConcept')}
          label={t('reader:newConceptName')}
          placeholder={t('reader:conceptPlaceholder')}
          maxLength={limits.titleLength}
          submitLabel={t('reader:addConcept')}
          emptyMessage={t('reader:conceptEmpty')}
          onSubmit={add}
          onCancel={close}
          autoFocus
        />
      )}
    </>
  );
}
