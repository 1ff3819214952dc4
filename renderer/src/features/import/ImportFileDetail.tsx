import { textEncodings, type TextEncoding } from '../../../../shared/text/decode-text.ts';
import type { DocumentMetadata } from '../../../../shared/model/document.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { CleanupPreview } from '../cleanup/CleanupPreview.tsx';
import { detailPlaceholder } from './detail-placeholders.ts';
import { wordImportMessage } from '../../../../shared/ipc/import-words.ts';

const encodingNames: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
};

const detectedByNames = ['bom', 'valid-utf-8', 'guess', 'declared', 'override'] as const;
const isDetectedBy = (by: string | null): by is (typeof detectedByNames)[number] =>
  (detectedByNames as readonly (string | null)[]).includes(by);

const fields: Array<{ key: keyof DocumentMetadata }> = [
  { key: 'source' },
  { key: 'author' },
  { key: 'date' },
  { key: 'url' },
  { key: 'language' },
];

/** One file of the import: its details to confirm, its encoding, and its text with the proposed cleanup. */
export function ImportFileDetail() {
  const { t } = useT();
  const state = useAppStore((s) => s.importState);
  const update = useAppStore((s) => s.updateImportEntry);
  const changeEncoding = useAppStore((s) => s.changeImportEncoding);
  const entry = state?.entries[state.selected];
  if (!state || !entry) return <div className="import-detail" />;
  const index = state.selected;
  const { preview } = entry;
  if (preview.status === 'failed') {
    return (
      <div className="import-detail">
        <h3>{preview.fileName}</h3>
        <p className="import-reason">{t('importing:cannotImport', { reason: wordImportMessage(t, preview.reason) })}</p>
      </div>
    );
  }
  const setField = (key: keyof DocumentMetadata, value: string) => {
    const metadata = { ...entry.metadata };
    if (value) metadata[key] = value;
    else delete metadata[key];
    update(index, { metadata });
  };
  const toggle = (i: number) => {
    const keep = new Set(entry.keep);
    if (keep.has(i)) keep.delete(i);
    else keep.add(i);
    update(index, { keep });
  };
  const removing = preview.boilerplate.length - entry.keep.size;
  // Nothing changes once the import has started (it works from what was shown when Import was pressed).
  const locked = state.phase !== 'review';
  return (
    <fieldset className="import-detail" disabled={locked}>
      {preview.duplicateOf && (
        <p className="import-note">
          {t(preview.duplicateOf.documentId ? 'importing:duplicateInProject' : 'importing:duplicateInImport', {
            title: preview.duplicateOf.title,
          })}
        </p>
      )}
      {preview.warnings.map((w) => (
        <p key={w.key} className="import-note">
          {wordImportMessage(t, w)}
        </p>
      ))}
      <div className="import-fields">
        <label className="wide">
          {t('importing:titleField')}
          <input value={entry.title} onChange={(e) => update(index, { title: e.target.value })} />
        </label>
        {fields.map((f) =>
          f.key === 'date' ? (
            // Keyed by the file, so what one file's field could not read does not stay on another's.
            <DateField
              key={`${f.key}-${index}`}
              label={t(`importing:field-${f.key}`)}
              value={entry.metadata.date ?? ''}
              placeholder={detailPlaceholder(f.key, preview.metadata.date, t)}
              onChange={(value) => setField(f.key, value)}
            />
          ) : (
            <label key={f.key}>
              {t(`importing:field-${f.key}`)}
              <input
                value={entry.metadata[f.key] ?? ''}
                placeholder={detailPlaceholder(f.key, preview.metadata[f.key], t)}
                onChange={(e) => setField(f.key, e.target.value)}
              />
            </label>
          ),
        )}
        {preview.encoding && (
          <label className="encoding-field">
            {t('importing:encoding')}
            <select
              aria-label={t('importing:encoding')}
              value={preview.encoding}
              onChange={(e) => void changeEncoding(index, e.target.value as TextEncoding)}
            >
              {textEncodings.map((enc) => (
                <option key={enc} value={enc}>
                  {encodingNames[enc]}
                </option>
              ))}
            </select>
            <small>
              {isDetectedBy(preview.detectedBy) ? t(`importing:detectedBy-${preview.detectedBy}`) : preview.detectedBy}
            </small>
          </label>
        )}
      </div>
      <div className="cleanup-bar">
        <span>
          {preview.boilerplate.length === 0
            ? t('importing:noCleanup')
            : t('importing:cleanup', { removing, count: preview.boilerplate.length })}
        </span>
        {preview.boilerplate.length > 0 && (
          <>
            <button type="button" onClick={() => update(index, { keep: new Set() })}>
              {t('importing:removeAll')}
            </button>
            <button
              type="button"
              onClick={() => update(index, { keep: new Set(preview.boilerplate.map((_, i) => i)) })}
            >
              {t('importing:keepAll')}
            </button>
          </>
        )}
      </div>
      <CleanupPreview
        text={preview.text}
        spans={preview.boilerplate}
        keep={entry.keep}
        onToggle={toggle}
        label={t('importing:textOf', { file: preview.fileName })}
      />
    </fieldset>
  );
}
