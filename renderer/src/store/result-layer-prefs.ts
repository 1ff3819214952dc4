import type { ResultLayer } from '../../../shared/curation/curation-types.ts';

/**
 * The result layer the user chose in a project, remembered in the
 * window's storage as the Compare view's choices are (per project id);
 * null when no choice was made (the default: see resultLayerFor).
 */
const storageKey = (projectId: string) => `glossator.resultLayer.${projectId}`;

export function rememberedResultLayer(
  storage: Pick<Storage, 'getItem'> | undefined,
  projectId: string,
): ResultLayer | null {
  try {
    const raw = storage?.getItem(storageKey(projectId));
    return raw === 'curated' || raw === 'all' ? raw : null;
  } catch {
    return null;
  }
}

export function rememberResultLayer(
  storage: Pick<Storage, 'setItem'> | undefined,
  projectId: string,
  layer: ResultLayer,
): void {
  try {
    storage?.setItem(storageKey(projectId), layer);
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
}
