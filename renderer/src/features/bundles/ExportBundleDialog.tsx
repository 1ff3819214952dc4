import { Fragment, useEffect, useState } from 'react';
import { type ExportFormat, exportFormats } from '../../../../shared/formats/exchange/exchange-types.ts';
import { csvTableNames } from '../../../../shared/formats/csv-tables/csv-tables.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { BundleExportChoice } from '../../store/bundle-slice.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { useResultLayer } from '../../ui/ResultLayerNotice.tsx';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { bundleFileName } from './bundle-file-name.ts';
import { exchangeFileName } from '../exchange/exchange-file-name.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { useCount } from './use-count.ts';
import './bundles.css';
import '../exchange/exchange.css';

interface Props {
  /** The documents the Library's filters show, and those ticked. */
  shown: readonly DocumentSummary[];
  ticked: readonly DocumentSummary[];
}

type Documents = 'all' | 'shown' | 'ticked';
type Layers = 'mine' | 'chosen';

/** Formats whose file holds the codebook alone: the documents and layers are not chosen. */
const wholeProject: ReadonlySet<ExportFormat> = new Set(['qdc']);

/**
 * Export…: the format (a bundle for a colleague's Glossator, or another
 * tool's: CSV, REFI-QDA, W3C Web Annotation, brat, GraphML), which
 * documents (all, those shown, those ticked) and which layers (mine, or
 * chosen coders'), then the save dialog and a progress bar while the core
 * writes. Closing it while it writes is safe: the export goes on and its
 * notice still comes.
 */
export function ExportBundleDialog({ shown, ticked }: Props) {
  const { t } = useT();
  const count = useCount();
  const project = useAppStore((s) => s.project);
  const documents = useAppStore((s) => s.documents);
  const layerCounts = useAppStore((s) => s.layerCounts);
  const loadLayerCounts = useAppStore((s) => s.loadLayerCounts);
  const job = useAppStore((s) => s.bundleExportJob);
  const close = useAppStore((s) => s.closeBundleExport);
  const runExport = useAppStore((s) => s.runBundleExport);
  const runExchangeExport = useAppStore((s) => s.runExchangeExport);
  const [format, setFormat] = useState<ExportFormat>('bundle');
  const [bom, setBom] = useState(false);
  // CSV: every table in a zip ('' ), or one table alone as a .csv file.
  const [table, setTable] = useState('');
  const [which, setWhich] = useState<Documents>('all');
  // Once a curated layer exists it is the project's result: the export starts on it (unless the user chose every layer).
  const startsCurated = useResultLayer().layer === 'curated';
  const [layers, setLayers] = useState<Layers>(startsCurated ? 'chosen' : 'mine');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(startsCurated ? [CURATED_CODER_ID] : project ? [project.coder.id] : []),
  );
  const curatedOnly = layers === 'chosen' && chosen.size === 1 && chosen.has(CURATED_CODER_ID);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadLayerCounts();
  }, [loadLayerCounts]);

  const me = project?.coder.id ?? '';
  // Me first, then the others in the project's order; a coder with a layer but no name is listed by id.
  const coderIds = [me, ...(project?.coders ?? []).map((c) => c.id), ...Object.keys(layerCounts ?? {})].filter(
    (id, i, all) => id && all.indexOf(id) === i,
  );
  const annotationsOf = (id: string) => layerCounts?.[id]?.annotations ?? 0;

  const submit = async () => {
    if (layers === 'chosen' && chosen.size === 0) return setError(t('bundleUi:chooseLayer'));
    setError(null);
    const choice: BundleExportChoice = {
      documents: which === 'all' ? { all: true } : { ids: (which === 'shown' ? shown : ticked).map((d) => d.id) },
      layers: layers === 'mine' ? { mine: true } : { coderIds: coderIds.filter((id) => chosen.has(id)) },
    };
    const [name, coder, now] = [project?.name ?? '', project?.coder.name ?? '', new Date()];
    if (format === 'bundle') await runExport(choice, bundleFileName(name, coder, now));
    else {
      const one = format === 'csv' && table !== '' ? table : undefined;
      await runExchangeExport(format, choice, { bom, table: one }, exchangeFileName(format, name, coder, now, one));
    }
  };
  const scoped = !wholeProject.has(format);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <ModalDialog
      title={t('bundleUi:exportTitle')}
      onClose={close}
      onSubmit={() => void submit()}
      className="bundle-export"
    >
      <fieldset className="bundle-choices exchange-formats" disabled={job !== null}>
        <legend>{t('exchange:ui-formatLegend')}</legend>
        {exportFormats.map((f) => (
          <Fragment key={f}>
            <label className="bundle-choice exchange-format">
              <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
              <span className="exchange-format-name">{t(`exchange:ui-format-${f}`)}</span>
              <span className="bundle-muted">{t(`exchange:ui-formatHint-${f}`)}</span>
            </label>
            {f === 'csv' && format === 'csv' && (
              // Right under CSV, which it belongs to.
              <div className="exchange-csv-options">
                <label className="exchange-csv-table">
                  {t('exchange:ui-csvTable')}
                  <select value={table} onChange={(e) => setTable(e.target.value)}>
                    <option value="">{t('exchange:ui-csvAllTables')}</option>
                    {csvTableNames.map((name) => (
                      <option key={name} value={name}>
                        {t('exchange:ui-csvTableFile', { table: name })}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="bundle-choice exchange-bom">
                  <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
                  {t('exchange:ui-bom')}
                </label>
              </div>
            )}
          </Fragment>
        ))}
      </fieldset>
      {format === 'bundle' && <p className="dialog-hint">{t('bundleUi:exportExplained')}</p>}
      {format === 'graphml' && <p className="dialog-hint">{t('exchange:ui-graphmlScope')}</p>}
      <fieldset className="bundle-choices" disabled={job !== null || !scoped}>
        <legend>{t('bundleUi:documentsLegend')}</legend>
        <label className="bundle-choice">
          <input type="radio" name="documents" checked={which === 'all'} onChange={() => setWhich('all')} />
          {t('bundleUi:documentsAll', { documents: count('bundleUi:documentCount', documents.length) })}
        </label>
        <label className="bundle-choice">
          <input
            type="radio"
            name="documents"
            checked={which === 'shown'}
            disabled={shown.length === 0}
            onChange={() => setWhich('shown')}
          />
          {t('bundleUi:documentsShown', { documents: count('bundleUi:documentCount', shown.length) })}
        </label>
        <label className="bundle-choice">
          <input
            type="radio"
            name="documents"
            checked={which === 'ticked'}
            disabled={ticked.length === 0}
            onChange={() => setWhich('ticked')}
          />
          {ticked.length === 0
            ? t('bundleUi:documentsTickedNone')
            : t('bundleUi:documentsTicked', { documents: count('bundleUi:documentCount', ticked.length) })}
        </label>
      </fieldset>
      <fieldset className="bundle-choices" disabled={job !== null || !scoped}>
        <legend>{t('bundleUi:layersLegend')}</legend>
        {startsCurated && curatedOnly && (
          <p className="dialog-hint" data-testid="export-result-layer-hint">
            {t('resultLayer:exportDefault')}
          </p>
        )}
        <label className="bundle-choice">
          <input type="radio" name="layers" checked={layers === 'mine'} onChange={() => setLayers('mine')} />
          {t('bundleUi:layersMine', { annotations: count('bundleUi:annotationCount', annotationsOf(me)) })}
        </label>
        <label className="bundle-choice">
          <input type="radio" name="layers" checked={layers === 'chosen'} onChange={() => setLayers('chosen')} />
          {t('bundleUi:layersChosen')}
        </label>
        <ul className="bundle-coder-list" aria-label={t('bundleUi:codersToExport')}>
          {coderIds.map((id) => (
            <li key={id}>
              <label className="bundle-choice">
                <input
                  type="checkbox"
                  checked={chosen.has(id)}
                  disabled={layers !== 'chosen'}
                  onChange={(e) => toggle(id, e.target.checked)}
                />
                <span className="bundle-coder-name">{coderLabel(id, project, t)}</span>
                <span className="bundle-muted">{count('bundleUi:annotationCount', annotationsOf(id))}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {job && <ExportProgress job={job} />}
      <DialogFooter
        error={error}
        onCancel={close}
        submitLabel={t('bundleUi:exportButton')}
        busyLabel={t('bundleUi:exporting')}
        busy={job !== null}
      />
    </ModalDialog>
  );
}
