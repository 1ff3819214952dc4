import type { AgreementQuery, AgreementReport } from '../../../../shared/agreement/agreement-types.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { AgreementCharts } from './AgreementCharts.tsx';
import { FormationPanel } from './FormationPanel.tsx';
import { OverallFigures } from './OverallFigures.tsx';
import { ReportTables } from './ReportTables.tsx';
import { TableDownloads } from './TableDownloads.tsx';

interface Props {
  report: AgreementReport;
  /** The query the report was computed from (its CSVs are made from it too). */
  query: AgreementQuery;
  tags: readonly Tag[];
  nameOf: (coderId: string) => string;
  /** The form or the project changed since: the report is shown, marked as not current. */
  stale: 'form' | 'project' | null;
  /** Computes the same query again (after a change in the project). */
  onRecompute: () => void;
}

/** The report: how units were formed (always first), the figures, the charts, the tables, the downloads. */
export function AgreementReportView({ report, query, tags, nameOf, stale, onRecompute }: Props) {
  const { t } = useT();
  return (
    <div className={stale ? 'agreement-report stale' : 'agreement-report'} data-testid="agreement-report">
      {stale && (
        <p className="agreement-stale" role="status">
          {t(stale === 'form' ? 'agreement:staleForm' : 'agreement:staleProject')}{' '}
          {stale === 'project' && (
            <button type="button" className="text-button" onClick={onRecompute}>
              {t('agreement:recompute')}
            </button>
          )}
        </p>
      )}
      <FormationPanel report={report} />
      <OverallFigures report={report} />
      <AgreementCharts report={report} tags={tags} nameOf={nameOf} />
      <ReportTables report={report} tags={tags} nameOf={nameOf} />
      <TableDownloads query={query} />
    </div>
  );
}
