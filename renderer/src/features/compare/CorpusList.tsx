import { type DocumentDisagreements, unitClasses } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { classKey, classSigns } from './class-marks.ts';

const ROW_HEIGHT = 64;

interface Props {
  rows: readonly DocumentDisagreements[];
  coders: number;
}

/**
 * The documents the chosen coders coded, the most disagreements first (the
 * core's order), so the worst is reviewed first: a long title takes two
 * lines, then an ellipsis (the whole title in its tooltip and in the view it opens).
 */
export function CorpusList({ rows, coders }: Props) {
  const { t } = useT();
  const { number } = useFormat();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="cmp-corpus">
      <div className="cmp-corpus-head" aria-hidden="true">
        <span>{t('compare:columnDocument')}</span>
        <span>{t('compare:columnDisagreements')}</span>
        <span>{t('compare:columnKinds')}</span>
      </div>
      <VirtualList
        items={rows}
        rowHeight={ROW_HEIGHT}
        keyOf={(row) => row.documentId}
        label={t('compare:listLabel')}
        className="cmp-corpus-list"
        renderRow={(row) => (
          <button
            type="button"
            className="cmp-corpus-row"
            title={row.title}
            onClick={() => navigate({ view: 'compare', documentId: row.documentId })}
          >
            <span className="cmp-corpus-title">{row.title}</span>
            <span className="cmp-corpus-count">
              <strong>{t('compare:disagreements', { count: row.disagreements })}</strong>{' '}
              <span>{t('compare:units', { count: row.units })}</span>
            </span>
            <span className="cmp-corpus-kinds">
              {unitClasses
                .filter((c) => c !== 'agree' && row.classes[c] > 0)
                .map((c) => (
                  <span key={c} className="cmp-kind" title={t(classKey(c, coders))}>
                    <span className={`cmp-sign sign-${c}`} aria-hidden="true">
                      {classSigns[c]}
                    </span>
                    <span className="sr-only">{t(classKey(c, coders))}</span> {number(row.classes[c])}
                  </span>
                ))}
            </span>
          </button>
        )}
      />
    </div>
  );
}
