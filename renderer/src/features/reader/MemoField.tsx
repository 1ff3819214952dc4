import { forwardRef } from 'react';

interface Props {
  id: string;
  label: string;
  keyHint?: string;
  value: string;
  onSave: (value: string) => Promise<void>;
}

/**
 * A memo: typed freely, saved when the field loses focus (or on Ctrl+Enter),
 * so each memo edit is one undo step rather than one per keystroke. Escape
 * leaves the field and returns to the text.
 */
export const MemoField = forwardRef<HTMLTextAreaElement, Props>(function MemoField(
  { id, label, keyHint, value, onSave },
  ref,
) {
  return (
    <div className="detail-field memo-field">
      <label htmlFor={id}>
        {label} {keyHint && <kbd>{keyHint}</kbd>}
      </label>
      <textarea
        ref={ref}
        id={id}
        // A new key when the stored value changes (undo) resets the field to it.
        key={value}
        defaultValue={value}
        rows={3}
        onBlur={(e) => {
          if (e.target.value !== value) void onSave(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.blur();
          if (e.key === 'Escape') {
            e.currentTarget.blur();
            (document.querySelector('.reader-text') as HTMLElement | null)?.focus();
          }
        }}
      />
    </div>
  );
});
