import { useEffect, useRef } from 'react';
import { type ReservedKey, reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';

/** The help message of each Reader command key (`?` is not a key name a message key can end in). */
const reservedHelp = (key: ReservedKey) => (key === '?' ? 'help' : key);

/** Every key the Reader answers to, including the codebook's tag shortcuts (key ?). */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const { t } = useT();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const general: Array<[string, string]> = [
    [t('help:selectKeys'), t('help:select')],
    ...(Object.keys(reservedKeys) as ReservedKey[]).map((key): [string, string] => [
      key,
      t(`help:reserved-${reservedHelp(key)}`),
    ]),
    ['Delete', t('help:delete')],
    ['Escape', t('help:escape')],
    [t('help:clickKeys'), t('help:click')],
    ['Ctrl + Z', t('help:undo')],
    ['Ctrl + Shift + Z, Ctrl + Y', t('help:redo')],
    [t('help:memoKeys'), t('help:memo')],
  ];
  return (
    <div className="picker-backdrop">
      <div
        ref={panel}
        className="picker help"
        role="dialog"
        aria-modal="true"
        aria-label={t('help:title')}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{t('help:title')}</h2>
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
              .filter((tag) => tag.shortcut)
              .map((tag) => (
                <tr key={tag.id}>
                  <th>
                    <kbd>{tag.shortcut}</kbd>
                  </th>
                  <td>{t('help:tagShortcut', { tag: tagPathLabel(tags, tag.id) })}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <p className="picker-footer">{t('help:footer')}</p>
      </div>
    </div>
  );
}
