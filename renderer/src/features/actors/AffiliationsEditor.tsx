import { useEffect, useRef, useState } from 'react';
import type { Actor, Affiliation } from '../../../../shared/model/actor.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FieldError } from '../../ui/FieldError.tsx';

/** An affiliation as edited: text fields as typed, and a row that has no organisation yet. */
interface Draft {
  key: number;
  organizationId: string;
  role: string;
  from: string;
  to: string;
}

let nextKey = 1;

function toDrafts(affiliations: readonly Affiliation[]): Draft[] {
  return affiliations.map((a) => ({
    key: nextKey++,
    organizationId: a.organizationId,
    role: a.role,
    from: a.from ?? '',
    to: a.to ?? '',
  }));
}

/**
 * The organisations (other actors) this actor belonged to, with role and
 * period. Rows are saved whole, once complete: a row without an
 * organisation stays on screen until one is chosen, since the registry
 * cannot store it. Dates are partial, without a time (2023, 09.2023,
 * 08.09.2023), and saved as soon as they read; the date field keeps what it
 * cannot read, with the reason, and saves nothing meanwhile.
 */
export function AffiliationsEditor({ actor }: { actor: Actor }) {
  const actors = useAppStore((s) => s.actors);
  const updateActor = useAppStore((s) => s.updateActor);
  const { t } = useT();
  const [drafts, setDrafts] = useState(() => toDrafts(actor.affiliations));
  const [error, setError] = useState<string | null>(null);
  // What was last saved (or loaded): when the stored list differs from it, someone else
  // changed it (undo, a merge) and the rows are reloaded; otherwise unfinished rows stay.
  const lastSaved = useRef(JSON.stringify(actor.affiliations));

  useEffect(() => {
    const stored = JSON.stringify(actor.affiliations);
    if (stored === lastSaved.current) return;
    lastSaved.current = stored;
    setDrafts(toDrafts(actor.affiliations));
    setError(null);
  }, [actor.affiliations]);

  const save = async (rows: Draft[]) => {
    const affiliations: Affiliation[] = rows
      .filter((r) => r.organizationId)
      .map((r) => ({
        organizationId: r.organizationId,
        role: r.role.trim(),
        from: r.from.trim() || null,
        to: r.to.trim() || null,
      }));
    const next = JSON.stringify(affiliations);
    if (next === lastSaved.current) return setError(null);
    const before = lastSaved.current;
    lastSaved.current = next;
    const failure = await updateActor({ actorId: actor.id, affiliations });
    if (failure) lastSaved.current = before;
    setError(failure);
  };

  const edit = (key: number, change: Partial<Draft>) => {
    const next = drafts.map((d) => (d.key === key ? { ...d, ...change } : d));
    setDrafts(next);
    return next;
  };
  const remove = (key: number) => {
    const next = drafts.filter((d) => d.key !== key);
    setDrafts(next);
    void save(next);
  };
  const add = () => setDrafts([...drafts, { key: nextKey++, organizationId: '', role: '', from: '', to: '' }]);

  const others = actors.filter((a) => a.id !== actor.id);
  const known = new Set(actors.map((a) => a.id));
  return (
    <fieldset className="affiliations">
      <legend>{t('actors:affiliations')}</legend>
      {drafts.length > 0 && (
        <div className="affiliation-row affiliation-head" aria-hidden="true">
          <span>{t('actors:organisation')}</span>
          <span>{t('actors:role')}</span>
          <span>{t('actors:from')}</span>
          <span>{t('actors:to')}</span>
        </div>
      )}
      {drafts.map((d, i) => (
        <fieldset key={d.key} className="affiliation-row" aria-label={t('actors:affiliation', { number: i + 1 })}>
          <select
            aria-label={t('actors:organisation')}
            value={d.organizationId}
            onChange={(e) => void save(edit(d.key, { organizationId: e.target.value }))}
          >
            <option value="">{t('actors:chooseOrganisation')}</option>
            {d.organizationId && !known.has(d.organizationId) && (
              <option value={d.organizationId}>{t('actors:goneActor')}</option>
            )}
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <input
            aria-label={t('actors:role')}
            placeholder={t('actors:rolePlaceholder')}
            value={d.role}
            onChange={(e) => edit(d.key, { role: e.target.value })}
            onBlur={() => void save(drafts)}
          />
          <DateField
            compact
            time={false}
            ariaLabel={t('actors:from')}
            placeholder="09.2023"
            value={d.from}
            onChange={(from) => void save(edit(d.key, { from }))}
          />
          <DateField
            compact
            time={false}
            ariaLabel={t('actors:to')}
            placeholder="09.2023"
            value={d.to}
            onChange={(to) => void save(edit(d.key, { to }))}
          />
          <button type="button" className="quiet small" onClick={() => remove(d.key)}>
            {t('actors:remove')}
          </button>
        </fieldset>
      ))}
      <FieldError message={error} />
      <button type="button" className="quiet small" onClick={add} disabled={others.length === 0}>
        {t('actors:addAffiliation')}
      </button>
      {others.length === 0 && <span className="field-hint"> {t('actors:addOrganisationFirst')}</span>}
    </fieldset>
  );
}
