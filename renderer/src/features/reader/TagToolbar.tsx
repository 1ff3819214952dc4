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
  const tags = all.filter((t) => !t.parent || t.shortcut);
  return (
    <div className="tag-toolbar" role="toolbar" aria-label="Tags">
      <span className="toolbar-hint">Tag selection:</span>
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
        Other tag… <kbd>g</kbd>
      </button>
      <button
        type="button"
        className="tag-button help-button"
        onClick={() => setPrompt('help')}
        aria-label="Keyboard shortcuts"
      >
        Keys <kbd>?</kbd>
      </button>
    </div>
  );
}
