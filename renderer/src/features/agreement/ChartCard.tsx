import { type ReactNode, useRef } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { downloadPng, downloadSvg } from './chart-download.ts';

interface Props {
  id: string;
  title: string;
  hint: string;
  /** The file name (without extension) the downloads suggest. */
  fileName: string;
  /** Draws the chart's SVG into the ref given, so the downloads save exactly what is shown. */
  children: (ref: React.RefObject<SVGSVGElement | null>) => ReactNode;
}

/** A chart with its title, a line on how to read it, and its SVG and PNG downloads. */
export function ChartCard({ id, title, hint, fileName, children }: Props) {
  const { t } = useT();
  const ref = useRef<SVGSVGElement | null>(null);
  const png = async () => {
    if (!ref.current) return;
    try {
      await downloadPng(ref.current, fileName);
    } catch (error) {
      useAppStore.getState().notify('error', t('agreement:couldNotSaveChart', { reason: messageOf(error) }));
    }
  };
  return (
    <section className="agreement-section agreement-chart" aria-labelledby={id}>
      <div className="agreement-section-head">
        <h2 id={id}>{title}</h2>
        <div className="agreement-downloads">
          <button
            type="button"
            className="quiet small"
            aria-label={t('agreement:downloadAs', { chart: title, format: 'SVG' })}
            onClick={() => ref.current && downloadSvg(ref.current, fileName)}
          >
            {t('agreement:downloadSvg')}
          </button>
          <button
            type="button"
            className="quiet small"
            aria-label={t('agreement:downloadAs', { chart: title, format: 'PNG' })}
            onClick={() => void png()}
          >
            {t('agreement:downloadPng')}
          </button>
        </div>
      </div>
      <p className="agreement-hint">{hint}</p>
      <div className="agreement-chart-scroll">{children(ref)}</div>
    </section>
  );
}
