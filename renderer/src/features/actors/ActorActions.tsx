import { useState } from 'react';
import type { Actor } from '../../../../shared/model/actor.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
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
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The counts are known once this actor's mentions have loaded.
  const counts = shown?.actor.id === actor.id ? shown : null;
  const mentions = counts ? countOf(counts.mentions.length, 'mention') : 'Its mentions';
  const statements = counts ? countOf(counts.statements.length, 'statement') : 'its statements';

  const merge = async () => {
    const into = actors.find((a) => a.id === target);
    if (!into) return setError('Choose the actor to merge into.');
    const question =
      `Merge “${actor.name}” into “${into.name}”?\n\n` +
      `${mentions} and ${statements} move to “${into.name}”; “${actor.name}” and its aliases become aliases of “${into.name}”.`;
    if (!(await askToConfirm(question, { confirmLabel: 'Merge' }))) return;
    const failure = await mergeActors(actor.id, into.id);
    setError(failure);
    if (!failure) navigate({ view: 'actors', actorId: into.id });
  };

  const remove = async () => {
    const lose = counts
      ? `${mentions} will no longer name an actor, and ${statements} lose their speaker or addressee.`
      : 'Its mentions will no longer name an actor, and its statements lose their speaker or addressee.';
    if (!(await askToConfirm(`Delete “${actor.name}”?\n\n${lose}`, { confirmLabel: 'Delete', danger: true }))) return;
    const failure = await deleteActor(actor.id);
    setError(failure);
    if (!failure) navigate({ view: 'actors' });
  };

  return (
    <div className="actor-actions">
      <div className="merge-control">
        <label htmlFor="actor-merge-target">Merge into…</label>
        <select
          id="actor-merge-target"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setError(null);
          }}
        >
          <option value="">Choose an actor…</option>
          {actors
            .filter((a) => a.id !== actor.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
        <button type="button" className="quiet" onClick={() => void merge()} disabled={!target}>
          Merge
        </button>
      </div>
      <button type="button" className="quiet danger" onClick={() => void remove()}>
        Delete actor
      </button>
      <FieldError message={error} />
    </div>
  );
}
