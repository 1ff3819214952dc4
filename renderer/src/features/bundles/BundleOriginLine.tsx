import type { BundlePreview } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatMoment } from '../backups/backup-words.ts';

/** What the bundle is: which project, exported by whom, when. */
export function BundleOriginLine({ preview }: { preview: BundlePreview }) {
  const { t, language } = useT();
  const { origin } = preview;
  return (
    <p className="bundle-origin">
      {t('bundleUi:origin', {
        project: origin.project.name,
        coder: origin.exportedBy.name,
        // A moment, in the user's time zone (as backups are dated).
        date: formatMoment(language, origin.created),
      })}
    </p>
  );
}
