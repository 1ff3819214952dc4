import { type FormEvent, useEffect, useRef, useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';

interface Props {
  onClose: () => void;
}

const fields = [
  ['source', 'library:field-source', 'library:placeholder-source'],
  ['author', 'library:field-author', null],
  ['date', 'library:addDate', 'library:placeholder-date'],
  ['url', 'library:field-url', 'library:placeholder-url'],
  ['language', 'library:field-language', 'library:addLanguagePlaceholder'],
] as const;

/** Paste a text with its title (and, if known, where it comes from); it is saved and opened. */
export function AddTextDialog({ onClose }: Props) {
  const { t } = useT();
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
    if (!title.trim() || !text.trim()) return setError(t('library:needTitleAndText'));
    if (text.length > limits.textLength) return setError(t('library:tooLong'));
    if (dateError) return setError(t('library:dateUnreadable'));
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
        <h2 id="add-text-title">{t('library:addTextTitle')}</h2>
        <label>
          {t('library:titleField')}
          <input ref={first} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('library:textField')}
          <textarea name="text" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <fieldset className="meta-fields">
          <legend>{t('library:detailsOptional')}</legend>
          {fields.map(([key, label, placeholder]) =>
            key === 'date' ? (
              <DateField
                key={key}
                name={key}
                label={t(label)}
                placeholder={placeholder ? t(placeholder) : ''}
                value={metadata[key] ?? ''}
                onChange={(value) => setMetadata({ ...metadata, [key]: value })}
                onError={setDateError}
              />
            ) : (
              <label key={key}>
                {t(label)}
                <input
                  name={key}
                  placeholder={placeholder ? t(placeholder) : ''}
                  value={metadata[key] ?? ''}
                  onChange={(e) => setMetadata({ ...metadata, [key]: e.target.value })}
                />
              </label>
            ),
          )}
        </fieldset>
        <DialogFooter
          error={error}
          onCancel={onClose}
          submitLabel={t('library:addAndOpen')}
          busyLabel={t('common:saving')}
          busy={saving}
        />
      </form>
    </div>
  );
}
