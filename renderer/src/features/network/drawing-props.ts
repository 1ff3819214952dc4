import { useMemo, useRef } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import type { NetworkPicture } from './network-picture.ts';

/** What both drawings of a network (cytoscape for small ones, the overview canvas for big ones) take. */
export interface DrawingProps {
  network: NetworkData;
  linkTypes: readonly LinkType[];
  selectedId: string | null;
  onSelect: (nodeId: string | null) => void;
  /** The picture, for the exports (null once it is gone). */
  onReady: (picture: NetworkPicture | null) => void;
}

/**
 * The latest callbacks and selection, read by event handlers without
 * rebuilding the drawing when they change, and link-type colours by name.
 */
export function useDrawingInputs({ linkTypes, selectedId, onSelect, onReady }: DrawingProps) {
  const callbacks = useRef({ onSelect, onReady });
  callbacks.current = { onSelect, onReady };
  const selected = useRef(selectedId);
  selected.current = selectedId;
  const colors = useMemo(() => new Map(linkTypes.map((t) => [t.name, t.color])), [linkTypes]);
  return { callbacks, selected, colors };
}
