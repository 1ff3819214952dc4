import { message } from '../../i18n/message.ts';
import type { Actor } from '../../model/actor.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Coder } from '../../model/coder.ts';
import type { Concept } from '../../model/concept.ts';
import type { LinkType } from '../../model/link.ts';
import type { BundleIds } from './bundle-ids.ts';
import { tablePaths } from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';

export interface BundleTables {
  tags: Tag[];
  coders: Coder[];
  actors: Actor[];
  linkTypes: LinkType[];
  concepts: Concept[];
}

/**
 * Registers the project-wide records' ids and checks the references among
 * them: a tag's parent is a tag and the tags form a tree (a cycle would
 * send anything walking up the tree round for ever), an affiliation names
 * an actor.
 */
export function checkTables(tables: BundleTables, ids: BundleIds): void {
  for (const t of tables.tags) ids.add('tag', t.id, tablePaths.codebook);
  for (const c of tables.coders) ids.add('coder', c.id, tablePaths.coders);
  for (const a of tables.actors) ids.add('actor', a.id, tablePaths.actors);
  for (const l of tables.linkTypes) ids.add('linkType', l.id, tablePaths.linkTypes);
  for (const c of tables.concepts) ids.add('concept', c.id, tablePaths.concepts);
  const parents = new Map(tables.tags.map((t) => [t.id, t.parent]));
  for (const tag of tables.tags) {
    if (tag.parent !== null) ids.require('tag', tag.parent, tablePaths.codebook, tag.id);
    const seen = new Set<string>();
    for (let at: string | null = tag.id; at !== null; at = parents.get(at) ?? null) {
      if (seen.has(at)) throw new BundleProblem(message('bundles:tagCycle', { file: tablePaths.codebook, id: tag.id }));
      seen.add(at);
    }
  }
  for (const actor of tables.actors) {
    for (const a of actor.affiliations) ids.require('actor', a.organizationId, tablePaths.actors, actor.id);
  }
}
