import { useEffect, useState } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { shortcutProblem } from './shortcut-words.ts';

/**
 * The key that applies a tag in the Reader: one letter or digit, saved as
 * soon as it is typed (emptying the field removes it). A key that is
 * reserved or already taken is refused with the reason next to the field.
 */
export function ShortcutField({ tag }: { tag: Tag }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const updateTag = useAppStore((s) => s.updateTag);
  const { t } = useT();
  const [draft, setDraft] = useState(tag.shortcut ?? '');
  const [error, setError] = useState<string | null>(null);

  // Show the stored key again when it changes elsewhere (undo, import).
  useEffect(() => {
    setDraft(tag.shortcut ?? '');
    setError(null);
  }, [tag.shortcut]);

  const change = async (typed: string) => {
    // The character just typed wins, wherever the caret was, so typing over a key replaces it.
    // Keys are stored in lower case.
    const added = typed.length > 1 ? typed.replace(draft, '') : typed;
    const key = added.slice(-1).toLowerCase();
    setDraft(key);
    const shortcut = key === '' ? null : key;
    if (shortcut === tag.shortcut) return setError(null);
    // Checked here first for an immediate, specific message ("“s” is the key for setting the speaker").
    const problem = shortcutProblem(t, tags, tag.id, shortcut);
    setError(problem ?? (await updateTag({ tagId: tag.id, shortcut })));
  };

  return (
    <div className="shortcut-field">
      <input
        id="tag-shortcut"
        className="shortcut-input"
        value={draft}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'tag-shortcut-error' : 'tag-shortcut-hint'}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => void change(e.target.value)}
      />
      {error ? (
        <span id="tag-shortcut-error" className="form-error field-error" role="alert">
          {error}
        </span>
      ) : (
        <span id="tag-shortcut-hint" className="field-hint">
          {t('codebook:shortcutHint')}
        </span>
      )}
    </div>
  );
}
