import type { LinkType } from '../../../../shared/model/link.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { EditableText } from '../../ui/EditableText.tsx';
import { NameForm } from '../../ui/NameForm.tsx';
import { ColorField } from '../codebook/ColorField.tsx';

interface Props {
  /** Links per type id. */
  usage: ReadonlyMap<string, number>;
  /** Asks where the links of a used type go (see DeleteLinkTypeDialog). */
  onDelete: (type: LinkType) => void;
}

/**
 * The project's link types: rename and recolour in place (each save one
 * undo step), add one, delete one. A type links use can only be deleted
 * by moving its links to another type.
 */
export function LinkTypesEditor({ usage, onDelete }: Props) {
  const linkTypes = useAppStore((s) => s.linkTypes);
  const { t } = useT();
  return (
    <aside className="link-types" aria-labelledby="link-types-title">
      <h2 id="link-types-title">{t('links:linkTypes')}</h2>
      <ul>
        {linkTypes.map((type) => (
          <LinkTypeRow key={type.id} type={type} count={usage.get(type.id) ?? 0} onDelete={() => onDelete(type)} />
        ))}
      </ul>
      <NewLinkTypeForm />
    </aside>
  );
}

function LinkTypeRow({ type, count, onDelete }: { type: LinkType; count: number; onDelete: () => void }) {
  const updateLinkType = useAppStore((s) => s.updateLinkType);
  const deleteLinkType = useAppStore((s) => s.deleteLinkType);
  const notify = useAppStore((s) => s.notify);
  const { t } = useT();
  const colorId = `link-type-color-${type.id}`;
  const remove = async () => {
    // An unused type goes at once (Undo brings it back); a used one asks where its links go.
    if (count > 0) return onDelete();
    const failure = await deleteLinkType({ typeId: type.id });
    notify(failure ? 'error' : 'info', failure ?? t('links:typeDeleted', { name: type.name }));
  };
  return (
    <li className="link-type-row">
      <label className="sr-only" htmlFor={colorId}>
        {t('links:colourOf', { name: type.name })}
      </label>
      <ColorField
        id={colorId}
        value={type.color}
        onSave={(color) =>
          void updateLinkType({ typeId: type.id, color }).then((failure) => failure && notify('error', failure))
        }
      />
      <EditableText
        id={`link-type-name-${type.id}`}
        ariaLabel={t('links:nameOf', { name: type.name })}
        value={type.name}
        onSave={(name) => updateLinkType({ typeId: type.id, name })}
      />
      <span className="link-type-count" title={t('links:linkCount', { count })}>
        {count}
      </span>
      <button
        type="button"
        className="quiet small danger"
        aria-label={t('links:deleteTypeLabel', { name: type.name })}
        onClick={() => void remove()}
      >
        {t('links:delete')}
      </button>
    </li>
  );
}

function NewLinkTypeForm() {
  const createLinkType = useAppStore((s) => s.createLinkType);
  const { t } = useT();
  return (
    <NameForm
      className="new-link-type"
      label={t('links:newTypeName')}
      placeholder={t('links:newTypePlaceholder')}
      maxLength={limits.nameLength}
      submitLabel={t('links:addType')}
      emptyMessage={t('links:newTypeEmpty')}
      onSubmit={(name) => createLinkType({ name })}
    />
  );
}
