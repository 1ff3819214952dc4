import type { BundleExportJob } from '../../store/bundle-slice.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';

/** How far the export has come: a bar and a count ("1,234 of 10,000 documents"). */
export function ExportProgress({ job }: { job: BundleExportJob }) {
  const { t } = useT();
  const { number } = useFormat();
  const label = job.total
    ? t('bundleUi:exportProgress', { count: job.total, done: number(job.done), total: number(job.total) })
    : t('bundleUi:exportStarting');
  return (
    <div className="bundle-progress" role="status">
      <span>{label}</span>
      <progress max={job.total || 1} value={job.total ? job.done : 0} aria-label={t('bundleUi:exportProgressLabel')} />
      <span className="bundle-muted">{t('bundleUi:exportGoesOn')}</span>
    </div>
  );
}
