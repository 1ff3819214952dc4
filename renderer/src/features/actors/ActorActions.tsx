import { useState } from 'react';
import type { Actor } from '../../../../shared/model/actor.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { askToConfirm } from '../../ui/confirm-store.ts';

/**
 * Merging a duplicate into the actor it duplicates (its names become
 * aliases there, its mentions and statements follow), and deleting an
 * actor. Both ask first, saying how much coding they touch.
 */
export function ActorActions({ actor }: { actor: Actor }) {
  const actors = useAppStore((s) => s.actors);
  const shown = useAppStore((s) => s.actorMentions);
  const mergeActors = useAppStore((s) => s.mergeActors);
  const deleteActor = useAppStore((s) => s.deleteActor);
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The counts are known once this actor's mentions have loaded.
  const counts = shown?.actor.id === actor.id ? shown : null;
  const mentions = counts ? t('actors:mentionCount', { count: counts.mentions.length }) : t('actors:itsMentions');
  const statements = counts
    ? t('actors:statementCount', { count: counts.statements.length })
    : t('actors:itsStatements');

  const merge = async () => {
    const into = actors.find((a) => a.id === target);
    if (!into) return setError(t('actors:chooseMergeTarget'));
    const question = t('actors:mergeQuestion', { name: actor.name, into: into.name, mentions, statements });
    if (!(await askToConfirm(question, { confirmLabel: t('actors:merge') }))) return;
    const failure = await mergeActors(actor.id, into.id);
    setError(failure);
    if (!failure) navigate({ view: 'actors', actorId: into.id });
  };

  const remove = async () => {
    const consequence = counts
      ? t('actors:deleteConsequence', { mentions, statements })
      : t('actors:deleteConsequenceUncounted');
    const question = t('actors:deleteQuestion', { name: actor.name, consequence });
    if (!(await askToConfirm(question, { confirmLabel: t('actors:delete'), danger: true }))) return;
    const failure = await deleteActor(actor.id);
    setError(failure);
    if (!failure) navigate({ view: 'actors' });
  };

  return (
    <div className="actor-actions">
      <div className="merge-control">
        <label htmlFor="actor-merge-target">{t('actors:mergeInto')}</label>
        <select
          id="actor-merge-target"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setError(null);
          }}
        >
          <option value="">{t('actors:chooseActor')}</option>
          {actors
            .filter((a) => a.id !== actor.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
        <button type="button" className="quiet" onClick={() => void merge()} disabled={!target}>
          {t('actors:merge')}
        </button>
      </div>
      <button type="button" className="quiet danger" onClick={() => void remove()}>
        {t('actors:deleteActor')}
      </button>
      <FieldError message={error} />
    </div>
  );
}
