import { type FormEvent, useEffect, useRef, useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';

interface Props {
  onClose: () => void;
}

const fields = [
  ['source', 'Source', 'e.g. Aqnews.kz'],
  ['author', 'Author', ''],
  ['date', 'Date', 'e.g. 08.09.2023 12:51'],
  ['url', 'URL', 'https://…'],
  ['language', 'Language', 'e.g. ru'],
] as const;

/** Paste a text with its title (and, if known, where it comes from); it is saved and opened. */
export function AddTextDialog({ onClose }: Props) {
  const addText = useAppStore((s) => s.addText);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [metadata, setMetadata] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !text.trim()) return setError('Give the text a title and paste the text itself.');
    if (text.length > limits.textLength) return setError('This text is over 20 MB. Split it into smaller documents.');
    if (dateError) return setError('The date cannot be read: correct it or clear it.');
    setSaving(true);
    const cleaned = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v.trim()));
    const failure = await addText({ title: title.trim(), text, metadata: cleaned });
    setSaving(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <div className="modal-backdrop">
      <form className="modal" role="dialog" aria-modal="true" aria-labelledby="add-text-title" onSubmit={submit}>
        <h2 id="add-text-title">Add text</h2>
        <label>
          Title
          <input ref={first} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Text
          <textarea name="text" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <fieldset className="meta-fields">
          <legend>Details (optional)</legend>
          {fields.map(([key, label, placeholder]) =>
            key === 'date' ? (
              <DateField
                key={key}
                name={key}
                label={label}
                placeholder={placeholder}
                value={metadata[key] ?? ''}
                onChange={(value) => setMetadata({ ...metadata, [key]: value })}
                onError={setDateError}
              />
            ) : (
              <label key={key}>
                {label}
                <input
                  name={key}
                  placeholder={placeholder}
                  value={metadata[key] ?? ''}
                  onChange={(e) => setMetadata({ ...metadata, [key]: e.target.value })}
                />
              </label>
            ),
          )}
        </fieldset>
        <DialogFooter error={error} onCancel={onClose} submitLabel="Add and open" busyLabel="Saving…" busy={saving} />
      </form>
    </div>
  );
}
