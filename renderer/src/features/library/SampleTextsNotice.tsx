import { useMemo } from 'react';
import { isSampleId } from '../../../../shared/library/sample-content.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { confirmSampleRemoval } from './confirm-deletion.ts';

/**
 * Once the user has a text of their own, offers to remove the sample texts
 * the first run put in (after asking; one undo step). Not shown while the
 * project holds only samples, or none are left.
 */
export function SampleTextsNotice() {
  const { t } = useT();
  const documents = useAppStore((s) => s.documents);
  const samples = useMemo(() => documents.filter((d) => isSampleId(d.id)), [documents]);
  if (samples.length === 0 || samples.length === documents.length) return null;
  return (
    <section className="sample-notice" aria-label={t('library:sampleTexts')}>
      <p>{t('library:samplesLeft', { count: samples.length })}</p>
      <button type="button" onClick={() => void confirmSampleRemoval(samples)}>
        {t('library:removeSamples')}
      </button>
    </section>
  );
}
