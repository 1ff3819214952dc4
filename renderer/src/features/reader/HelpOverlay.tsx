import { type ReservedKey, reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type KeyRow, KeysHelp } from '../../ui/KeysHelp.tsx';

/** The help message of each Reader command key (`?` is not a key name a message key can end in). */
const reservedHelp = (key: ReservedKey) => (key === '?' ? 'help' : key);

/** Every key the Reader answers to, including the codebook's tag shortcuts (key ?). */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const { t } = useT();
  const general: KeyRow[] = [
    [t('help:selectKeys'), t('help:select')],
    ...(Object.keys(reservedKeys) as ReservedKey[]).map(
      (key): KeyRow => [key, t(`help:reserved-${reservedHelp(key)}`)],
    ),
    ['Delete', t('help:delete')],
    ['Escape', t('help:escape')],
    [t('help:clickKeys'), t('help:click')],
    ['Ctrl + Z', t('help:undo')],
    ['Ctrl + Shift + Z, Ctrl + Y', t('help:redo')],
    [t('help:memoKeys'), t('help:memo')],
  ];
  const shortcuts = tags
    .filter((tag) => tag.shortcut)
    .map((tag): KeyRow => [tag.shortcut ?? '', t('help:tagShortcut', { tag: tagPathLabel(tags, tag.id) }), tag.id]);
  return (
    <KeysHelp title={t('help:title')} rows={[...general, ...shortcuts]} footer={t('help:footer')} onClose={onClose} />
  );
}
