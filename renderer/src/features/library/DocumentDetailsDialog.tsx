import { useId, useState } from 'react';
import type { MetadataPatch } from '../../../../shared/ipc/contract.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { FieldError } from '../../ui/FieldError.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { MetadataInput } from './MetadataInput.tsx';
import { type MetadataForm, metadataFields, metadataForm } from './metadata-fields.ts';
import { useMetadataSuggestions } from './use-metadata-suggestions.ts';

interface Props {
  document: DocumentSummary;
  onClose: () => void;
}

/**
 * One document's title and details. Only what the user changed is sent, so
 * a date written some other way ("08.09.2023", "сентябрь 2023") stays as it
 * was unless edited; an edited date is stored in ISO form; an emptied field
 * is removed. Nothing is saved while the date cannot be read.
 */
export function DocumentDetailsDialog({ document, onClose }: Props) {
  const { t } = useT();
  const update = useAppStore((s) => s.updateDocumentDetails);
  const suggestions = useMetadataSuggestions();
  const [title, setTitle] = useState(document.title);
  const [form, setForm] = useState<MetadataForm>(() => metadataForm(document.metadata));
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleErrorId = useId();

  const submit = async () => {
    if (!title.trim()) return setTitleError(t('library:needDocumentTitle'));
    if (dateError) return setError(t('library:dateUnreadable'));
    const before = metadataForm(document.metadata);
    const metadata: MetadataPatch = {};
    for (const { key } of metadataFields) {
      if (form[key].trim() !== before[key].trim()) metadata[key] = form[key].trim() || null;
    }
    const retitled = title.trim() !== document.title;
    if (!retitled && Object.keys(metadata).length === 0) return onClose();
    setSaving(true);
    const failure = await update({
      documentId: document.id,
      ...(retitled ? { title: title.trim() } : {}),
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    });
    setSaving(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <ModalDialog
      title={t('library:editDetails')}
      onClose={onClose}
      onSubmit={() => void submit()}
      className="details-modal"
    >
      {document.fileName && <p className="dialog-hint">{t('library:importedFrom', { file: document.fileName })}</p>}
      <label className="meta-field">
        {t('library:titleField')}
        <input
          name="title"
          value={title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? titleErrorId : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleError(null);
          }}
        />
      </label>
      {/* Outside the label, so the message is not read as part of the field's name. */}
      <FieldError id={titleErrorId} message={titleError} />
      <div className="details-fields">
        {metadataFields.map(({ key, label, placeholder }) => (
          <MetadataInput
            key={key}
            field={key}
            label={t(label)}
            placeholder={placeholder ? t(placeholder) : ''}
            value={form[key]}
            suggestions={suggestions[key]}
            onChange={(value) => setForm((f) => ({ ...f, [key]: value }))}
            onError={key === 'date' ? setDateError : undefined}
          />
        ))}
      </div>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('library:save')}
        busyLabel={t('common:saving')}
        busy={saving}
      />
    </ModalDialog>
  );
}
