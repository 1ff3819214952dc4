import { useState } from 'react';
import { type Actor, type ActorType, ActorTypeSchema } from '../../../../shared/model/actor.ts';
import { useT } from '../../i18n/i18n.ts';
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
  const { t } = useT();
  const [typeError, setTypeError] = useState<string | null>(null);

  return (
    <section className="actor-editor" aria-labelledby="actor-editor-title">
      <header className="actor-editor-head">
        <h1 id="actor-editor-title">{actor.name}</h1>
        <span className="actor-editor-type">{t(`model:actorType-${actor.type}`)}</span>
      </header>

      <div className="actor-form">
        <div className="actor-field">
          <label htmlFor="actor-name">{t('actors:name')}</label>
          <EditableText
            id="actor-name"
            value={actor.name}
            onSave={(name) =>
              name.trim()
                ? updateActor({ actorId: actor.id, name: name.trim() })
                : Promise.resolve(t('actors:nameRequired'))
            }
          />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-type">{t('actors:type')}</label>
          <select
            id="actor-type"
            value={actor.type}
            onChange={async (e) =>
              setTypeError(await updateActor({ actorId: actor.id, type: e.target.value as ActorType }))
            }
          >
            {ActorTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`model:actorType-${type}`)}
              </option>
            ))}
          </select>
          <FieldError message={typeError} />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-aliases">{t('actors:aliases')}</label>
          <EditableText
            id="actor-aliases"
            multiline
            rows={4}
            placeholder={t('actors:aliasesPlaceholder')}
            value={aliasesToLines(actor.aliases)}
            onSave={async (text) => {
              const aliases = aliasesFromLines(text);
              return sameAliases(aliases, actor.aliases) ? null : updateActor({ actorId: actor.id, aliases });
            }}
          />
        </div>
        <div className="actor-field">
          <label htmlFor="actor-notes">{t('actors:notes')}</label>
          <EditableText
            id="actor-notes"
            multiline
            rows={4}
            placeholder={t('actors:notesPlaceholder')}
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
