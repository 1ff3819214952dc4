import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n.ts';

/** The Compare view's keys (key ?), worded from the help catalog's Compare block. */
export function CompareHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const keys: Array<[string, string]> = [
    [']', t('help:compare-next')],
    ['[', t('help:compare-previous')],
    [t('help:clickKeys'), t('help:compare-click')],
    ['Escape', t('help:compare-escape')],
    ['?', t('help:compare-help')],
  ];
  return (
    <div className="picker-backdrop">
      <div
        ref={panel}
        className="picker help"
        role="dialog"
        aria-modal="true"
        aria-label={t('help:compareTitle')}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{t('help:compareTitle')}</h2>
        <table>
          <tbody>
            {keys.map(([key, what]) => (
              <tr key={key}>
                <th>
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="picker-footer">{t('help:compare-footer')}</p>
      </div>
    </div>
  );
}
