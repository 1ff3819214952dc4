import { textEncodings, type TextEncoding } from '../../../../shared/text/decode-text.ts';
import type { DocumentMetadata } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DateField } from '../../ui/DateField.tsx';
import { CleanupPreview } from '../cleanup/CleanupPreview.tsx';
import { detailPlaceholder } from './detail-placeholders.ts';

const encodingNames: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
};

const detectedByNames: Record<string, string> = {
  bom: 'byte-order mark',
  'valid-utf-8': 'valid UTF-8',
  guess: 'guessed from the letters',
  declared: 'declared by the page',
  override: 'your choice',
};

const fields: Array<{ key: keyof DocumentMetadata; label: string }> = [
  { key: 'source', label: 'Source' },
  { key: 'author', label: 'Author' },
  { key: 'date', label: 'Date and time' },
  { key: 'url', label: 'URL' },
  { key: 'language', label: 'Language' },
];

/** One file of the import: its details to confirm, its encoding, and its text with the proposed cleanup. */
export function ImportFileDetail() {
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
        <p className="import-reason">This file cannot be imported: {preview.reason}.</p>
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
          The same text as “{preview.duplicateOf.title}”
          {preview.duplicateOf.documentId ? ' in this project' : ' (earlier in this import)'}: it will be skipped.
        </p>
      )}
      {preview.warnings.map((w) => (
        <p key={w} className="import-note">
          {w}
        </p>
      ))}
      <div className="import-fields">
        <label className="wide">
          Title
          <input value={entry.title} onChange={(e) => update(index, { title: e.target.value })} />
        </label>
        {fields.map((f) =>
          f.key === 'date' ? (
            // Keyed by the file, so what one file's field could not read does not stay on another's.
            <DateField
              key={`${f.key}-${index}`}
              label={f.label}
              value={entry.metadata.date ?? ''}
              placeholder={detailPlaceholder(f.key, preview.metadata.date)}
              onChange={(value) => setField(f.key, value)}
            />
          ) : (
            <label key={f.key}>
              {f.label}
              <input
                value={entry.metadata[f.key] ?? ''}
                placeholder={detailPlaceholder(f.key, preview.metadata[f.key])}
                onChange={(e) => setField(f.key, e.target.value)}
              />
            </label>
          ),
        )}
        {preview.encoding && (
          <label className="encoding-field">
            Encoding
            <select
              aria-label="Encoding"
              value={preview.encoding}
              onChange={(e) => void changeEncoding(index, e.target.value as TextEncoding)}
            >
              {textEncodings.map((enc) => (
                <option key={enc} value={enc}>
                  {encodingNames[enc]}
                </option>
              ))}
            </select>
            <small>{detectedByNames[preview.detectedBy ?? ''] ?? preview.detectedBy}</small>
          </label>
        )}
      </div>
      <div className="cleanup-bar">
        <span>
          {preview.boilerplate.length === 0
            ? 'No page furniture found: the text is imported as it is.'
            : `Cleanup: ${removing} of ${preview.boilerplate.length} proposed stretches will be removed (struck through). Click one to keep it.`}
        </span>
        {preview.boilerplate.length > 0 && (
          <>
            <button type="button" onClick={() => update(index, { keep: new Set() })}>
              Remove all
            </button>
            <button
              type="button"
              onClick={() => update(index, { keep: new Set(preview.boilerplate.map((_, i) => i)) })}
            >
              Keep all
            </button>
          </>
        )}
      </div>
      <CleanupPreview
        text={preview.text}
        spans={preview.boilerplate}
        keep={entry.keep}
        onToggle={toggle}
        label={`Text of ${preview.fileName}`}
      />
    </fieldset>
  );
}
