import { useState } from 'react';
import type { MetadataPatch } from '../../../../shared/ipc/contract.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { MetadataInput } from './MetadataInput.tsx';
import { type MetadataForm, type MetadataKey, metadataFields, metadataForm } from './metadata-fields.ts';
import { useMetadataSuggestions } from './use-metadata-suggestions.ts';

interface Props {
  documents: readonly DocumentSummary[];
  onClose: () => void;
}

const noneTicked: Record<MetadataKey, boolean> = {
  source: false,
  author: false,
  date: false,
  url: false,
  language: false,
};

/**
 * The same details for many documents at once (one undo step). Only ticked
 * fields change; a ticked empty field is removed. A field starts with the
 * documents' value when they all share it.
 */
export function BulkDetailsDialog({ documents, onClose }: Props) {
  const { t } = useT();
  const updateMany = useAppStore((s) => s.updateManyDocumentDetails);
  const suggestions = useMetadataSuggestions();
  const [shared] = useState(() => sharedValues(documents));
  const [form, setForm] = useState<MetadataForm>(shared.form);
  const [ticked, setTicked] = useState(noneTicked);
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (dateError) return setError(t('library:dateUnreadable'));
    const metadata: MetadataPatch = {};
    for (const { key } of metadataFields) if (ticked[key]) metadata[key] = form[key].trim() || null;
    if (Object.keys(metadata).length === 0) return setError(t('library:tickToChange'));
    setSaving(true);
    const failure = await updateMany(
      documents.map((d) => d.id),
      metadata,
    );
    setSaving(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <ModalDialog
      title={t('library:bulkTitle', { count: documents.length })}
      onClose={onClose}
      onSubmit={() => void submit()}
      className="details-modal"
    >
      <p className="dialog-hint">{t('library:bulkHint')}</p>
      {metadataFields.map(({ key, label, change, placeholder }) => (
        <div key={key} className={ticked[key] ? 'bulk-field ticked' : 'bulk-field'}>
          <label className="bulk-tick">
            <input
              type="checkbox"
              aria-label={t(change)}
              checked={ticked[key]}
              onChange={(e) => setTicked((t) => ({ ...t, [key]: e.target.checked }))}
            />
            <span aria-hidden="true">{t('library:change')}</span>
          </label>
          <MetadataInput
            field={key}
            label={t(label)}
            placeholder={shared.differs[key] ? t('library:differs') : placeholder ? t(placeholder) : ''}
            value={form[key]}
            suggestions={suggestions[key]}
            onChange={(value) => {
              setForm((f) => ({ ...f, [key]: value }));
              // Typing in a field means changing it.
              setTicked((t) => ({ ...t, [key]: true }));
            }}
            onError={key === 'date' ? setDateError : undefined}
          />
          {ticked[key] && !form[key].trim() && (
            <span className="field-hint bulk-clears">{t('library:willBeRemoved')}</span>
          )}
        </div>
      ))}
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('library:applyTo', { count: documents.length })}
        busyLabel={t('common:saving')}
        busy={saving}
      />
    </ModalDialog>
  );
}

/** Each field's value where every document has the same one (else empty), and which fields differ. */
function sharedValues(documents: readonly DocumentSummary[]) {
  const form = metadataForm(documents[0]?.metadata ?? {});
  const differs = { ...noneTicked };
  for (const d of documents) {
    const values = metadataForm(d.metadata);
    for (const { key } of metadataFields) if (values[key] !== form[key]) differs[key] = true;
  }
  for (const { key } of metadataFields) if (differs[key]) form[key] = '';
  return { form, differs };
}
