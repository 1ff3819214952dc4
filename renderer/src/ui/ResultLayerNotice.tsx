import { useEffect, useRef } from 'react';
import type { ResultLayer } from '../../../shared/curation/curation-types.ts';
import { curatedLayerExists, resultLayerFor } from '../../../shared/curation/result-layer.ts';
import { useT } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { resultLayerSetting, useResultLayerChoices } from '../store/result-layer.ts';
import './result-layer.css';

/** The result layer now, whether a curated layer exists, and the switch (remembered per project). */
export function useResultLayer(): { layer: ResultLayer; curatedExists: boolean; choose: (layer: ResultLayer) => void } {
  const projectId = useAppStore((s) => s.project?.id ?? null);
  const curatedExists = useAppStore((s) => curatedLayerExists(s.documents));
  const chosen = useResultLayerChoices((s) => s.chosen);
  const choose = useResultLayerChoices((s) => s.choose);
  const setting = projectId ? resultLayerSetting(chosen, projectId) : null;
  return {
    layer: resultLayerFor(setting, curatedExists),
    curatedExists,
    choose: (layer) => {
      if (projectId) choose(projectId, layer);
    },
  };
}

interface Props {
  /** Asks the view's data again for the new layer (the user switched, or the curated layer came or went). */
  onLayerChange: (layer: ResultLayer) => void;
}

/**
 * The line above a result view (networks, concepts, links, search) once the
 * project has a curated layer: which layer the view shows, and the switch
 * to the other. Nothing is shown before a curated layer exists: every
 * coder's layers are all there is.
 */
export function ResultLayerNotice({ onLayerChange }: Props) {
  const { t } = useT();
  const { layer, curatedExists, choose } = useResultLayer();
  const shown = useRef(layer);
  const changed = useRef(onLayerChange);
  changed.current = onLayerChange;
  useEffect(() => {
    if (shown.current === layer) return;
    shown.current = layer;
    changed.current(layer);
  }, [layer]);

  if (!curatedExists) return null;
  const other: ResultLayer = layer === 'curated' ? 'all' : 'curated';
  return (
    <p className="result-layer-notice" data-testid="result-layer-notice" data-layer={layer} role="status">
      <span>{layer === 'curated' ? t('resultLayer:showingCurated') : t('resultLayer:showingAll')}</span>
      <button type="button" data-testid="result-layer-switch" onClick={() => choose(other)}>
        {layer === 'curated' ? t('resultLayer:showAll') : t('resultLayer:showCurated')}
      </button>
    </p>
  );
}
