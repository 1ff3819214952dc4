import { curationStatusOf } from '../../../../shared/library/curation-status.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useT } from '../../i18n/i18n.ts';
import { curationStatusSign, curationStatusWord } from './curation-status-words.ts';
import './curation-status.css';

/** A Library row's curation status: a sign and a word (colour only adds to them). */
export function CurationStatusCell({ document }: { document: DocumentSummary }) {
  const { t } = useT();
  const status = curationStatusOf(document);
  const word = curationStatusWord(t, status);
  return (
    <span
      className={`doc-curation curation-${status}`}
      data-curation-status={status}
      title={t('curationView:statusTitle', { status: word })}
    >
      <span aria-hidden="true">{curationStatusSign(status)} </span>
      {word}
    </span>
  );
}
