import { useId } from 'react';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { PreviewCuration } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';

type CountedKey =
  | 'curationBundles:decisions'
  | 'curationBundles:conflicts'
  | 'curationBundles:sameDecisions'
  | 'curationBundles:replacesYours'
  | 'curationBundles:sameAsYours'
  | 'curationBundles:statusesNew'
  | 'curationBundles:statusesKept'
  | 'curationBundles:quickReasonsNew';

/** The curation lines of a bundle's preview: "N curation decisions (M conflict with yours)", statuses, quick reasons. */
export function curationLines(curation: PreviewCuration, t: Translate, number: (n: number) => string): string[] {
  const count = (key: CountedKey, n: number): string => t(key, { count: n, n: number(n) });
  const lines: string[] = [
    t('curationBundles:decisionsLine', {
      decisions: count('curationBundles:decisions', curation.decisions),
      conflicts: count('curationBundles:conflicts', curation.conflicts),
    }),
  ];
  if (curation.sameDecisions > 0) lines.push(count('curationBundles:sameDecisions', curation.sameDecisions));
  if (curation.replacesYours > 0) lines.push(count('curationBundles:replacesYours', curation.replacesYours));
  if (curation.sameAsYours > 0) lines.push(count('curationBundles:sameAsYours', curation.sameAsYours));
  if (curation.statuses.new > 0) lines.push(count('curationBundles:statusesNew', curation.statuses.new));
  if (curation.statuses.keptYours > 0) lines.push(count('curationBundles:statusesKept', curation.statuses.keptYours));
  if (curation.quickReasons.new > 0) lines.push(count('curationBundles:quickReasonsNew', curation.quickReasons.new));
  return lines;
}

/** What the bundle's curation adds (shown only when it carries some). */
export function BundleCuration({ curation }: { curation: PreviewCuration | null }) {
  const { t } = useT();
  const { number } = useFormat();
  const headingId = useId();
  if (!curation) return null;
  return (
    <section className="bundle-section" aria-labelledby={headingId} data-testid="bundle-curation">
      <h3 id={headingId}>{t('curationBundles:title')}</h3>
      <ul className="bundle-curation-lines">
        {curationLines(curation, t, number).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {curation.conflicts > 0 && <p className="bundle-muted">{t('curationBundles:conflictsNote')}</p>}
    </section>
  );
}
