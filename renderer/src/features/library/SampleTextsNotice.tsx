import { useMemo } from 'react';
import { isSampleId } from '../../../../shared/library/sample-content.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { confirmSampleRemoval } from './confirm-deletion.ts';

/**
 * Once the user has a text of their own, offers to remove the sample texts
 * the first run put in (after asking; one undo step). Not shown while the
 * project holds only samples, or none are left.
 */
export function SampleTextsNotice() {
  const documents = useAppStore((s) => s.documents);
  const samples = useMemo(() => documents.filter((d) => isSampleId(d.id)), [documents]);
  if (samples.length === 0 || samples.length === documents.length) return null;
  return (
    <section className="sample-notice" aria-label="Sample texts">
      <p>
        {countOf(samples.length, 'sample text')} from the first run {samples.length === 1 ? 'is' : 'are'} still in this
        project, beside your own.
      </p>
      <button type="button" onClick={() => void confirmSampleRemoval(samples)}>
        Remove the sample texts
      </button>
    </section>
  );
}
