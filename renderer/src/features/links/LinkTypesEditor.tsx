import type { LinkType } from '../../../../shared/model/link.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
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
  return (
    <aside className="link-types" aria-labelledby="link-types-title">
      <h2 id="link-types-title">Link types</h2>
      <ul>
        {linkTypes.map((t) => (
          <LinkTypeRow key={t.id} type={t} count={usage.get(t.id) ?? 0} onDelete={() => onDelete(t)} />
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
  const colorId = `link-type-color-${type.id}`;
  const remove = async () => {
    // An unused type goes at once (Undo brings it back); a used one asks where its links go.
    if (count > 0) return onDelete();
    const failure = await deleteLinkType({ typeId: type.id });
    notify(failure ? 'error' : 'info', failure ?? `Link type “${type.name}” deleted.`);
  };
  return (
    <li className="link-type-row">
      <label className="sr-only" htmlFor={colorId}>
        Colour of {type.name}
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
        ariaLabel={`Name of the link type ${type.name}`}
        value={type.name}
        onSave={(name) => updateLinkType({ typeId: type.id, name })}
      />
      <span className="link-type-count" title={countOf(count, 'link')}>
        {count}
      </span>
      <button
        type="button"
        className="quiet small danger"
        aria-label={`Delete the link type ${type.name}`}
        onClick={() => void remove()}
      >
        Delete
      </button>
    </li>
  );
}

function NewLinkTypeForm() {
  const createLinkType = useAppStore((s) => s.createLinkType);
  return (
    <NameForm
      className="new-link-type"
      label="New link type name"
      placeholder="New type, e.g. Rejects"
      maxLength={limits.nameLength}
      submitLabel="Add type"
      emptyMessage="Type the new type’s name."
      onSubmit={(name) => createLinkType({ name })}
    />
  );
}
