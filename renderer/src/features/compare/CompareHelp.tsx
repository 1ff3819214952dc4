import { useT } from '../../i18n/i18n.ts';
import { type KeyRow, KeysHelp } from '../../ui/KeysHelp.tsx';
import { curateKeyCaps } from './curate/curate-keys.ts';

/** The Compare view's keys (key ?), worded from the help catalog's Compare block. */
export function CompareHelp({ onClose, curating = false }: { onClose: () => void; curating?: boolean }) {
  const { t } = useT();
  // Curation mode adds its keys (compareCurate's words), read by position as the others are.
  const curate: KeyRow[] = curating
    ? [
        [curateKeyCaps.next, t('compareCurate:help-next')],
        [curateKeyCaps.previous, t('compareCurate:help-previous')],
        [curateKeyCaps.take, t('compareCurate:help-take')],
        [curateKeyCaps.edit, t('compareCurate:help-edit')],
        [curateKeyCaps.new, t('compareCurate:help-new')],
        [curateKeyCaps.reject, t('compareCurate:help-reject')],
        [t('compareCurate:helpEnterKey'), t('compareCurate:help-enter')],
      ]
    : [];
  const keys: KeyRow[] = [
    [']', t('help:compare-next')],
    ['[', t('help:compare-previous')],
    ...curate,
    [t('help:clickKeys'), t('help:compare-click')],
    ['Escape', t('help:compare-escape')],
    ['?', t('help:compare-help')],
  ];
  return <KeysHelp title={t('help:compareTitle')} rows={keys} footer={t('help:compare-footer')} onClose={onClose} />;
}
