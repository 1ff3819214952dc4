import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Coder } from '../../../../shared/model/coder.ts';

/**
 * Which coders' layers the Reader shows: always my own, and the colleagues
 * the user chose. Pure, so the Reader's views and keys agree on one answer.
 */
export interface LayerChoice {
  /** Whose choice it is: a project's id (choices are remembered per project). */
  projectId: string;
  /** The colleagues whose layers are shown beside mine. */
  coderIds: readonly string[];
}

let cache: { all: readonly Annotation[]; key: string; shown: readonly Annotation[] } | null = null;

/**
 * The annotations of the shown layers, in the text order of `all`. The same
 * array comes back for the same input (and `all` itself when every layer in
 * it is shown), so the Reader's incremental drawing sees only what changed.
 */
export function shownAnnotations(
  all: readonly Annotation[],
  myId: string,
  others: readonly string[],
): readonly Annotation[] {
  const key = [myId, ...others].join('\n');
  if (cache && cache.all === all && cache.key === key) return cache.shown;
  const wanted = new Set([myId, ...others]);
  const shown = all.every((a) => wanted.has(a.coderId)) ? all : all.filter((a) => wanted.has(a.coderId));
  cache = { all, key, shown };
  return shown;
}

export interface LayerRow {
  coderId: string;
  /** Their annotations in the open document. */
  count: number;
  mine: boolean;
}

/**
 * The layers the Reader can show for a document: mine first, then every
 * coder of the project and anyone else with annotations here, in the
 * project's order, each with their count in this document.
 */
export function layerRows(all: readonly Annotation[], coders: readonly Coder[], myId: string): LayerRow[] {
  const counts = new Map<string, number>();
  for (const a of all) counts.set(a.coderId, (counts.get(a.coderId) ?? 0) + 1);
  const ids = [myId, ...coders.map((c) => c.id), ...counts.keys()];
  return [...new Set(ids)].map((coderId) => ({ coderId, count: counts.get(coderId) ?? 0, mine: coderId === myId }));
}

/** Shows or hides a colleague's layer (mine is always shown). */
export function toggleLayer(others: readonly string[], coderId: string, show: boolean): string[] {
  const rest = others.filter((id) => id !== coderId);
  return show ? [...rest, coderId] : rest;
}

const storageKey = (projectId: string) => `glossator.layers.${projectId}`;

/** The colleagues' layers last shown in this project (none, the first time: my layer alone). */
export function rememberedLayers(storage: Pick<Storage, 'getItem'> | undefined, projectId: string): string[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(storageKey(projectId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string').slice(0, 1000) : [];
  } catch {
    return [];
  }
}

export function rememberLayers(
  storage: Pick<Storage, 'setItem'> | undefined,
  projectId: string,
  coderIds: readonly string[],
): void {
  try {
    storage?.setItem(storageKey(projectId), JSON.stringify(coderIds));
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
}
