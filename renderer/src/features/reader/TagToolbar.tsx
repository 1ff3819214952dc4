import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';

interface Props {
  onApply: (tagId: string) => void;
}

/**
 * A button for each top-level tag and each tag with a shortcut key, in its
 * colour; applies the tag to the current selection. Every other tag is one
 * `g` away in the tag picker.
 */
export function TagToolbar({ onApply }: Props) {
  const all = useAppStore((s) => s.codebook.tags);
  const setPrompt = useAppStore((s) => s.setPrompt);
  const tags = all.filter((tag) => !tag.parent || tag.shortcut);
  const { t } = useT();
  return (
    <div className="tag-toolbar" role="toolbar" aria-label={t('reader:tagsLabel')}>
      <span className="toolbar-hint">{t('reader:tagSelection')}</span>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className="tag-button"
          style={{ borderColor: tag.color }}
          title={tag.description}
          // Keep the text selection: a mousedown on a button would otherwise clear it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onApply(tag.id)}
        >
          <span className="tag-chip" style={{ backgroundColor: tag.color }} />
          {tag.name}
          {tag.shortcut && <kbd>{tag.shortcut}</kbd>}
        </button>
      ))}
      <button
        type="button"
        className="tag-button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setPrompt('tag')}
      >
        {t('reader:otherTag')} <kbd>g</kbd>
      </button>
      <button
        type="button"
        className="tag-button help-button"
        onClick={() => setPrompt('help')}
        aria-label={t('reader:keysLabel')}
      >
        {t('reader:keys')} <kbd>?</kbd>
      </button>
    </div>
  );
}
