import { SCHEMA_VERSION } from '../model/project.ts';
import { stringifyStoreFile } from './store-json.ts';

/**
 * Records and files as the store writes them (same keys, same key order, the
 * same two formats), for the merge tests.
 */
const at = '2026-03-01T09:00:00.000Z';
const v = SCHEMA_VERSION;

export const tag = (id: string, name = id) => ({
  id,
  name,
  parent: null,
  color: '#e8a33d',
  description: '',
  shortcut: null,
  kind: 'plain',
});
export const coder = (id: string, name = id) => ({ id, name });
export const actor = (id: string, name = id) => ({
  id,
  name,
  type: 'agency',
  aliases: [],
  affiliations: [],
  notes: '',
  created: at,
  modified: at,
});
export const rejected = (id: string) => ({ id, actorId: 'a1', documentId: 'd1', start: 3, exact: 'ФСБ' });
export const linkType = (id: string, name = id) => ({ id, name, description: '', color: '#3d8be8' });
export const link = (id: string, coderId: string, note = '') => ({
  id,
  fromId: 'n1',
  toId: 'n2',
  typeId: 'same',
  coderId,
  note,
  created: at,
  modified: at,
});
export const concept = (id: string, name = id) => ({ id, name, description: '', created: at, modified: at });
export const mapping = (id: string, coderId: string, fromTagId: string, toTagId: string) => ({
  id,
  coderId,
  fromTagId,
  toTagId,
  created: at,
  modified: at,
});
export const coderCodebook = (id: string) => ({
  id,
  tags: [{ id: 't1', name: 'Угроза', parent: null }],
  mappedTo: {},
  taken: at,
});
export const quickReason = (id: string, label = id) => ({ id, label, created: at });
export const decision = (id: string, documentId: string, reason = '') => ({
  id,
  documentId,
  kind: 'reject-all',
  sources: [{ coderId: 'anna', id: 'n1' }],
  considered: [],
  start: 0,
  end: 5,
  reason,
  quickReasons: [],
  curatorId: 'anna',
  curatorName: 'Анна',
  at,
});
export const status = (documentId: string, s = 'in-progress') => ({
  id: documentId,
  status: s,
  curatorId: 'anna',
  curatorName: 'Анна',
  at,
});
export const annotation = (id: string, documentId: string, coderId: string, note = '') => ({
  id,
  documentId,
  coderId,
  tagId: 'claim',
  start: 0,
  end: 5,
  quote: { exact: 'Глава', prefix: '', suffix: ' ФСБ' },
  note,
  created: at,
  modified: at,
});

type R = Record<string, unknown>;
const pretty = (data: R) => stringifyStoreFile(data, 'pretty');
const records = (data: R) => stringifyStoreFile(data, 'records');

export const files = {
  project: (p: { name?: string; tags?: R[]; coders?: R[] } = {}) =>
    pretty({
      schemaVersion: v,
      id: 'p1',
      name: p.name ?? 'ОДКБ 2024',
      created: at,
      codebook: { tags: p.tags ?? [tag('claim'), tag('proposal')] },
      coders: p.coders ?? [coder('anna', 'Анна')],
    }),
  actors: (actors: R[], rejectedMentions: R[] = []) => records({ schemaVersion: v, actors, rejectedMentions }),
  linkTypes: (linkTypes: R[]) => pretty({ schemaVersion: v, linkTypes }),
  linkLayer: (coderId: string, links: R[]) => records({ schemaVersion: v, coderId, links }),
  concepts: (concepts: R[]) => records({ schemaVersion: v, concepts }),
  tagMappings: (mappings: R[], coderCodebooks: R[] = []) => records({ schemaVersion: v, mappings, coderCodebooks }),
  quickReasons: (quickReasons: R[]) => records({ schemaVersion: v, quickReasons }),
  curation: (documentId: string, s: R | null, decisions: R[]) =>
    records({ schemaVersion: v, documentId, status: s, decisions }),
  document: (id: string, p: { title?: string; metadata?: R; memo?: string } = {}) =>
    pretty({
      schemaVersion: v,
      document: {
        id,
        title: p.title ?? 'Заявление МИД',
        metadata: p.metadata ?? { source: 'mid.ru', date: '2024-05-01' },
        created: at,
        textLength: 12,
        ...(p.memo === undefined ? {} : { memo: p.memo }),
      },
    }),
  text: (text: string) => pretty({ schemaVersion: v, text, originalText: text }),
  layer: (documentId: string, coderId: string, annotations: R[]) =>
    records({ schemaVersion: v, documentId, coderId, annotations }),
};

/** One row per list of records in the layout: its file, a file of given records, a record (id, variant). */
export const listRows: Array<{
  path: string;
  kind: string;
  at: string[];
  make: (rs: R[]) => string;
  rec: (id: string, n: string) => R;
}> = [
  { path: 'project.json', kind: 'tags', at: ['codebook', 'tags'], make: (tags) => files.project({ tags }), rec: tag },
  { path: 'project.json', kind: 'coders', at: ['coders'], make: (coders) => files.project({ coders }), rec: coder },
  { path: 'actors.json', kind: 'actors', at: ['actors'], make: (rs) => files.actors(rs), rec: actor },
  {
    path: 'actors.json',
    kind: 'rejectedMentions',
    at: ['rejectedMentions'],
    make: (rs) => files.actors([actor('a1')], rs),
    rec: (id, n) => ({ ...rejected(id), exact: n }),
  },
  { path: 'links.json', kind: 'linkTypes', at: ['linkTypes'], make: files.linkTypes, rec: linkType },
  {
    path: 'links.anna.json',
    kind: 'links',
    at: ['links'],
    make: (rs) => files.linkLayer('anna', rs),
    rec: (id, n) => link(id, 'anna', n),
  },
  { path: 'concepts.json', kind: 'concepts', at: ['concepts'], make: files.concepts, rec: concept },
  {
    path: 'tag-mappings.json',
    kind: 'tagMappings',
    at: ['mappings'],
    make: (rs) => files.tagMappings(rs),
    rec: (id, n) => mapping(id, 'boris', `from-${id}`, n),
  },
  {
    path: 'tag-mappings.json',
    kind: 'coderCodebooks',
    at: ['coderCodebooks'],
    make: (rs) => files.tagMappings([], rs),
    rec: (id, n) => ({ ...coderCodebook(id), tags: [{ id: 't1', name: n, parent: null }] }),
  },
  { path: 'curation.json', kind: 'quickReasons', at: ['quickReasons'], make: files.quickReasons, rec: quickReason },
  {
    path: 'curation/d1.json',
    kind: 'curationDecisions',
    at: ['decisions'],
    make: (rs) => files.curation('d1', null, rs),
    rec: (id, n) => decision(id, 'd1', n),
  },
  {
    path: 'documents/d1/annotations.anna.json',
    kind: 'annotations',
    at: ['annotations'],
    make: (rs) => files.layer('d1', 'anna', rs),
    rec: (id, n) => annotation(id, 'd1', 'anna', n),
  },
];
