import { useT } from '../../i18n/i18n.ts';
import { type KeyRow, KeysHelp } from '../../ui/KeysHelp.tsx';

/** The Compare view's keys (key ?), worded from the help catalog's Compare block. */
export function CompareHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const keys: KeyRow[] = [
    [']', t('help:compare-next')],
    ['[', t('help:compare-previous')],
    [t('help:clickKeys'), t('help:compare-click')],
    ['Escape', t('help:compare-escape')],
    ['?', t('help:compare-help')],
  ];
  return <KeysHelp title={t('help:compareTitle')} rows={keys} footer={t('help:compare-footer')} onClose={onClose} />;
}
