import { exportGraphmlOf } from '../../exchange/graphml-export.ts';
import { descendantIds } from '../../../../shared/codebook/tag-tree.ts';
import { toGraphml } from '../../../../shared/formats/graphml.ts';
import type { Handlers, NetworkQuery } from '../../../../shared/ipc/contract.ts';
import { buildNetwork } from '../../../../shared/network/build-network.ts';
import { writeFile } from 'node:fs/promises';
import type { ProjectSession } from '../project-session.ts';
import { requireLinkType, requireTag } from './checks.ts';

type NetworkHandlers = Pick<Handlers, 'getNetwork' | 'exportGraphml'>;

/** Discourse networks from the project's statements and links, for the network view and GraphML. */
export function networkHandlers(session: ProjectSession): NetworkHandlers {
  const network = (query: NetworkQuery) => {
    const s = session.store;
    if (query.tagId) requireTag(s, query.tagId);
    if (query.linkTypeId) requireLinkType(s, query.linkTypeId);
    return buildNetwork({
      ...query,
      annotations: s.allAnnotations(),
      actors: s.actors(),
      concepts: s.concepts(),
      links: s.links(),
      linkTypes: s.linkTypes(),
      documentDate: (id) => s.documentInfo(id).metadata.date ?? null,
      documentTitle: (id) => s.documentInfo(id).title,
      tagIds: query.tagId ? new Set([query.tagId, ...descendantIds(s.codebook().tags, query.tagId)]) : null,
    });
  };
  return {
    async getNetwork(query) {
      return network(query);
    },
    async exportGraphml({ query, to, scope }) {
      if (scope) {
        const { documents, layers } = scope;
        return session.files.save(to, async (temp) => {
          await exportGraphmlOf(session.store, { documents, layers, coder: session.coder }, temp);
        });
      }
      const text = toGraphml(network(query));
      return session.files.save(to, (temp) => writeFile(temp, text, 'utf8'));
    },
  };
}
