import { useAppStore } from '../../store/app-store.ts';

interface Props {
  onApply: (tagId: string) => void;
}

/** One button per tag, with its colour and shortcut key; applies the tag to the current selection. */
export function TagToolbar({ onApply }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
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
    </div>
  );
}
