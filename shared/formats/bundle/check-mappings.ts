import { message } from '../../i18n/message.ts';
import type { TagMapping } from '../../model/tag-mapping.ts';
import type { BundleIds } from './bundle-ids.ts';
import { tablePaths } from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';

/**
 * Registers the bundle's tag mappings' ids and checks them as the project
 * checks its own: each is of a coder whose layer the bundle holds, names
 * two tags of the bundle's codebook (checked before: checkTables), never
 * maps a tag onto itself, and a coder maps a tag once.
 */
export function checkMappings(mappings: readonly TagMapping[], layers: readonly string[], ids: BundleIds): void {
  const file = tablePaths.tagMappings;
  const ofLayer = new Set(layers);
  const mapped = new Set<string>();
  for (const m of mappings) {
    ids.add('tagMapping', m.id, file);
    if (!ofLayer.has(m.coderId)) {
      throw new BundleProblem(message('bundles:mappingNotOfLayer', { id: m.id, file, coderId: m.coderId }));
    }
    ids.require('tag', m.fromTagId, file, m.id);
    ids.require('tag', m.toTagId, file, m.id);
    if (m.fromTagId === m.toTagId) throw new BundleProblem(message('bundles:mappingOntoItself', { id: m.id, file }));
    const key = `${m.coderId} ${m.fromTagId}`;
    if (mapped.has(key)) {
      throw new BundleProblem(message('bundles:mappingTwice', { coderId: m.coderId, tagId: m.fromTagId, file }));
    }
    mapped.add(key);
  }
}
