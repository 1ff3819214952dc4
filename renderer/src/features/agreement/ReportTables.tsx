import { useState } from 'react';
import type { AgreementReport } from '../../../../shared/agreement/agreement-types.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { documentRows, pairRows, tagRows } from './report-rows.ts';
import { VariablesTable } from './VariablesTable.tsx';

/** Documents shown at first: the worst ones; the rest on request (a corpus may have thousands). */
const FIRST_DOCUMENTS = 25;

interface Props {
  report: AgreementReport;
  tags: readonly Tag[];
  nameOf: (coderId: string) => string;
}

/** The figures per tag, per document, per coder pair, and per statement variable. */
export function ReportTables({ report, tags, nameOf }: Props) {
  const { t, language } = useT();
  const { number } = useFormat();
  const [allDocuments, setAllDocuments] = useState(false);
  const twoCoders = report.coders.length === 2;
  const documents = documentRows(report, language);
  const shownDocuments = allDocuments ? documents : documents.slice(0, FIRST_DOCUMENTS);
  return (
    <>
      <section className="agreement-section" aria-labelledby="agreement-per-tag">
        <h2 id="agreement-per-tag">{t('agreement:perTagTitle')}</h2>
        <p className="agreement-hint">{t('agreement:perTagHint')}</p>
        <FiguresTable
          caption={t('agreement:perTagTitle')}
          nameHeader={t('agreement:col-tag')}
          rows={tagRows(t, tags, report)}
          twoCoders={twoCoders}
          withUnitizing
        />
      </section>
      <section className="agreement-section" aria-labelledby="agreement-per-document">
        <h2 id="agreement-per-document">{t('agreement:perDocumentTitle')}</h2>
        <FiguresTable
          caption={t('agreement:perDocumentTitle')}
          nameHeader={t('agreement:col-document')}
          extraHeader={t('agreement:col-disagreements')}
          rows={shownDocuments}
          twoCoders={twoCoders}
          withUnitizing
        />
        {documents.length > shownDocuments.length && (
          <button type="button" className="text-button" onClick={() => setAllDocuments(true)}>
            {t('agreement:showAllDocuments', { count: documents.length, n: number(documents.length) })}
          </button>
        )}
      </section>
      {report.perPair.length > 0 && (
        <section className="agreement-section" aria-labelledby="agreement-per-pair">
          <h2 id="agreement-per-pair">{t('agreement:perPairTitle')}</h2>
          <FiguresTable
            caption={t('agreement:perPairTitle')}
            nameHeader={t('agreement:col-pair')}
            rows={pairRows(t, report, nameOf)}
            twoCoders
            withUnitizing={false}
          />
        </section>
      )}
      <section className="agreement-section" aria-labelledby="agreement-variables">
        <h2 id="agreement-variables">{t('agreement:variablesTitle')}</h2>
        <p className="agreement-hint">{t('agreement:variablesHint')}</p>
        <VariablesTable variables={report.variables} twoCoders={twoCoders} />
      </section>
    </>
  );
}
