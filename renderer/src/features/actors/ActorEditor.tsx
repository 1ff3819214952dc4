import { useState } from 'react';
import { type Actor, type ActorType, ActorTypeSchema, actorTypeLabels } from '../../../../shared/model/actor.ts';
import { useAppStore } from '../../store/app-store.ts';
import { EditableText } from '../../ui/EditableText.tsx';
import { ActorActions } from './ActorActions.tsx';
import { AffiliationsEditor } from './AffiliationsEditor.tsx';
import { aliasesFromLines, aliasesToLines, sameAliases } from './alias-lines.ts';
import { FieldError } from '../../ui/FieldError.tsx';

/**
 * One registry entry: name, type, aliases, affiliations and notes. Each is
 * saved on its own (text when the field is left), as one undo step.
 */
export function ActorEditor({ actor }: { actor: Actor }) {
  const updateActor = useAppStore((s) => s.updateActor);
  const [typeError, setTypeError] = useState<string | null>(null);

  return (
    <section className="actor-editor" aria-labelledby="actor-editor-title">
      <header className="actor-editor-head">
        <h1 id="actor-editor-title">{actor.name}</h1>
        <span className="actor-editor-type">{actorTypeLabels[actor.type]}</span>
      </header>

      <div className="actor-form">
        <div className="actor-field">
          <label htmlFor="actor-name">Name</label>
          <EditableText
            id="actor-name"
            value={actor.name}
            onSave={(name) =>
              name.trim()
                ? updateActor({ actorId: actor.id, name: name.trim() })
                : Promise.resolve('An actor needs a name.')
            }
          />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-type">Type</label>
          <select
            id="actor-type"
            value={actor.type}
            onChange={async (e) =>
              setTypeError(await updateActor({ actorId: actor.id, type: e.target.value as ActorType }))
            }
          >
            {ActorTypeSchema.options.map((t) => (
              <option key={t} value={t}>
                {actorTypeLabels[t]}
              </option>
            ))}
          </select>
          <FieldError message={typeError} />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-aliases">Aliases</label>
          <EditableText
            id="actor-aliases"
            multiline
            rows={4}
            placeholder="One name per line: other spellings, case forms, titles"
            value={aliasesToLines(actor.aliases)}
            onSave={async (text) => {
              const aliases = aliasesFromLines(text);
              return sameAliases(aliases, actor.aliases) ? null : updateActor({ actorId: actor.id, aliases });
            }}
          />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-notes">Notes</label>
          <EditableText
            id="actor-notes"
            multiline
            rows={4}
            placeholder="Who this is, sources, coding decisions"
            value={actor.notes}
            onSave={(notes) => updateActor({ actorId: actor.id, notes })}
          />
        </div>
      </div>

      <AffiliationsEditor actor={actor} />
      <ActorActions actor={actor} />
    </section>
  );
}
