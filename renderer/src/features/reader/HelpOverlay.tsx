import { useEffect, useRef } from 'react';
import { reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Every key the Reader answers to, including the codebook's tag shortcuts (key ?). */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const general: Array<[string, string]> = [
    ['Shift + arrows, Shift + Ctrl + arrows', 'select text with the keyboard (caret in the text)'],
    ...Object.entries(reservedKeys).map(([key, what]): [string, string] => [key, what]),
    ['Delete', 'delete the selected annotation'],
    ['Escape', 'clear the selection, close a picker'],
    ['Click (repeatedly)', 'select the annotation there, cycling through overlapping ones'],
    ['Ctrl + Z', 'undo'],
    ['Ctrl + Shift + Z, Ctrl + Y', 'redo'],
    ['Ctrl + Enter, Escape (in a memo)', 'save the memo and go back to the text'],
  ];
  return (
    <div className="picker-backdrop">
      <div
        ref={panel}
        className="picker help"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {general.map(([key, what]) => (
              <tr key={key}>
                <th>
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
            {tags
              .filter((t) => t.shortcut)
              .map((t) => (
                <tr key={t.id}>
                  <th>
                    <kbd>{t.shortcut}</kbd>
                  </th>
                  <td>tag the selection as {tagPathLabel(tags, t.id)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <p className="picker-footer">Shortcut keys never fire while you type in a field. Esc closes.</p>
      </div>
    </div>
  );
}
