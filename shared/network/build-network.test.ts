import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Concept } from '../model/concept.ts';
import { buildNetwork, type NetworkInput } from './build-network.ts';

const now = '2024-01-01T00:00:00.000Z';
const actor = (id: string): Actor => ({
  id,
  name: id,
  type: 'person',
  aliases: [],
  affiliations: [],
  notes: '',
  created: now,
  modified: now,
});
const concept: Concept = { id: 'sco', name: 'SCO programme', description: '', created: now, modified: now };

function statement(id: string, documentId: string, speakerId: string, statementDate?: string): Annotation {
  return {
    id,
    documentId,
    coderId: 'c',
    tagId: 'claim',
    start: 0,
    end: 1,
    quote: { exact: id, prefix: '', suffix: '' },
    note: '',
    speakerId,
    conceptId: 'sco',
    stance: 'supports',
    ...(statementDate ? { statementDate } : {}),
    created: now,
    modified: now,
  };
}

const dates: Record<string, string> = { russian: '08.09.2023', iso: '2024-03-14T10:00' };

function network(annotations: Annotation[], filter: Pick<NetworkInput, 'from' | 'to'>) {
  return buildNetwork({
    kind: 'actor-concept',
    annotations,
    actors: [actor('tokayev'), actor('rakhmon')],
    concepts: [concept],
    links: [],
    linkTypes: [],
    documentDate: (id) => dates[id] ?? null,
    documentTitle: (id) => id,
    ...filter,
  });
}

describe('buildNetwork date filters', () => {
  it('dates a statement by its document’s date typed as DD.MM.YYYY', () => {
    const kept = network([statement('a', 'russian', 'tokayev')], { from: '2023-09', to: '2023-09' });
    expect(kept.edges).toHaveLength(1);
    expect(kept.edges[0]).toMatchObject({ firstDate: '2023-09-08', lastDate: '2023-09-08' });
    expect(network([statement('a', 'russian', 'tokayev')], { from: '2023-10' }).edges).toHaveLength(0);
  });

  it('lets the statement’s own date win over its document’s', () => {
    const own = [statement('a', 'iso', 'tokayev', '2023-09'), statement('b', 'iso', 'rakhmon')];
    expect(network(own, { to: '2023-12' }).edges.map((e) => e.source)).toEqual(['tokayev']);
    expect(network(own, { from: '2024-03-14' }).edges.map((e) => e.source)).toEqual(['rakhmon']);
  });
});
