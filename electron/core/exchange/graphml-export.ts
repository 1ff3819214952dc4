import { writeFile } from 'node:fs/promises';
import { toGraphml } from '../../../shared/formats/graphml.ts';
import { buildNetwork } from '../../../shared/network/build-network.ts';
import type { NetworkData } from '../../../shared/network/network-data.ts';
import type { BundleExportOptions } from '../bundles/export-scope.ts';
import { takeSnapshot } from '../bundles/export-snapshot.ts';
import type { ProjectStore } from '../store/project-store.ts';

/**
 * Writes the actor–concept network (statements with a speaker, a concept
 * and a stance) of the documents and layers of `scope` as GraphML at `path`
 * (a temp file the caller renames into place) — the Networks view's writer
 * (toGraphml) on the same records an exchange export takes. Texts are not
 * needed: the network is built from the annotations' fields alone.
 */
export async function exportGraphmlOf(
  store: ProjectStore,
  scope: BundleExportOptions,
  path: string,
): Promise<{ network: NetworkData; documents: number }> {
  const snapshot = await store.inOrder(() => takeSnapshot(store, scope));
  const infos = new Map(snapshot.documents.map((d) => [d.info.id, d.info]));
  const network = buildNetwork({
    kind: 'actor-concept',
    annotations: snapshot.documents.flatMap((d) => [...d.layers.values()].flat()),
    actors: snapshot.actors,
    concepts: snapshot.concepts,
    links: [...snapshot.links.values()].flat(),
    linkTypes: snapshot.linkTypes,
    documentDate: (id) => infos.get(id)?.metadata.date ?? null,
    documentTitle: (id) => infos.get(id)?.title ?? id,
  });
  await writeFile(path, toGraphml(network), 'utf8');
  return { network, documents: snapshot.documents.length };
}
