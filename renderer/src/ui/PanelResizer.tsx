import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { clampPanelWidth, loadPanelWidth, savePanelWidth } from './panel-width.ts';

const STEP = 24;

/**
 * The edge between the text and the side panel: drag it (or focus it and
 * press ← / →) to give the panel more or less room, for long Russian names
 * and quotes. The width is set on the parent as --side-panel-width and
 * remembered.
 */
export function PanelResizer() {
  const { t } = useT();
  const [width, setWidth] = useState(() => loadPanelWidth(safeStorage(), window.innerWidth));
  const [host, setHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    host?.parentElement?.style.setProperty('--side-panel-width', `${width}px`);
  }, [host, width]);

  const set = (next: number) => {
    const clamped = clampPanelWidth(next, window.innerWidth);
    setWidth(clamped);
    savePanelWidth(safeStorage(), clamped);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a window splitter is a separator that takes focus and drags; <hr> does neither
    <div
      ref={setHost}
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('common:sidePanelWidth')}
      aria-valuenow={width}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') set(width + STEP);
        else if (e.key === 'ArrowRight') set(width - STEP);
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
      onPointerDown={(e) => {
        const startX = e.clientX;
        const startWidth = width;
        e.currentTarget.setPointerCapture(e.pointerId);
        const move = (m: PointerEvent) => set(startWidth + (startX - m.clientX));
        const up = () => {
          window.removeEventListener('pointermove', move);
          window.removeEventListener('pointerup', up);
        };
        window.addEventListener('pointermove', move);
        window.addEventListener('pointerup', up);
      }}
    />
  );
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
