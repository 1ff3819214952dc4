import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { shownLayerIds } from '../../store/reader-slice.ts';
import { ChecklistPopover } from '../../ui/ChecklistPopover.tsx';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { layerRows, toggleLayer } from './layers.ts';

/**
 * Which coders' layers the Reader shows: a button in the Reader's header
 * opening a list of the project's coders, each with their colour and their
 * annotations in this document. Mine is always shown; ticking a colleague
 * shows theirs beside mine (read-only), several at once if wanted. The
 * choice is remembered for the project.
 */
export function LayersControl() {
  const project = useAppStore((s) => s.project);
  const annotations = useAppStore((s) => s.reader?.annotations);
  const shown = useAppStore(shownLayerIds);
  const showLayers = useAppStore((s) => s.showLayers);
  const { t } = useT();
  const me = project?.coder.id ?? '';
  const rows = useMemo(
    () => (project && annotations ? layerRows(annotations, project.coders, me) : []),
    [project, annotations, me],
  );

  if (!project) return null;
  const visible = rows.filter((r) => r.mine || shown.includes(r.coderId)).length;
  return (
    <ChecklistPopover label={t('reader:layers', { count: visible })} legend={t('reader:layersLegend')}>
      {rows.map((row) => {
        const name = coderLabel(row.coderId, project, t);
        return (
          <label key={row.coderId} className="layer-row">
            <input
              type="checkbox"
              checked={row.mine || shown.includes(row.coderId)}
              disabled={row.mine}
              onChange={(e) => showLayers(toggleLayer(shown, row.coderId, e.target.checked))}
            />
            <span
              className="coder-swatch"
              style={{ backgroundColor: coderColor(project.coders, row.coderId) }}
              aria-hidden="true"
            />
            <span className="layer-name">{name}</span>
            <span className="layer-count">{t('reader:layerCount', { count: row.count })}</span>
          </label>
        );
      })}
      {rows.length === 1 && <p className="hint">{t('reader:onlyMyLayer')}</p>}
      <p className="hint">{t('reader:layersHint')}</p>
    </ChecklistPopover>
  );
}
