import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ActorType, ActorTypeSchema } from '../../../../shared/model/actor.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { aliasesFromLines } from './alias-lines.ts';

/**
 * Adds an actor to the registry, then shows it. Closed, it is a single
 * button, leaving the list the room; its fields are labelled "New actor …"
 * so they are not confused with the selected actor's.
 */
export function NewActorForm() {
  const createActor = useAppStore((s) => s.createActor);
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<ActorType>('person');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);

  // Opening the form is asking to type a name.
  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setName('');
    setAliases('');
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('actors:nameNeeded'));
    setSaving(true);
    const result = await createActor({ name: name.trim(), type, aliases: aliasesFromLines(aliases) });
    setSaving(false);
    if (typeof result === 'string') return setError(result);
    close();
    navigate({ view: 'actors', actorId: result.id });
  };

  if (!open) {
    return (
      <div className="new-actor">
        <button type="button" className="quiet" onClick={() => setOpen(true)}>
          {t('actors:newActor')}
        </button>
      </div>
    );
  }
  return (
    <form className="new-actor open" aria-label={t('actors:newActor')} onSubmit={submit}>
      <h2>{t('actors:newActor')}</h2>
      <label>
        {t('actors:name')}
        <input
          aria-label={t('actors:newActorName')}
          value={name}
          autoComplete="off"
          ref={nameField}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label>
        {t('actors:type')}
        <select
          aria-label={t('actors:newActorType')}
          value={type}
          onChange={(e) => setType(e.target.value as ActorType)}
        >
          {ActorTypeSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`model:actorType-${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actors:aliasesOnePerLine')}
        <textarea
          aria-label={t('actors:newActorAliases')}
          rows={3}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="new-actor-buttons">
        <button type="button" className="quiet" onClick={close}>
          {t('actors:cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('actors:adding') : t('actors:addActor')}
        </button>
      </div>
    </form>
  );
}
