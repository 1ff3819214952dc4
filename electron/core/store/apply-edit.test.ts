import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import { defaultCodebook } from '../../../shared/model/codebook.ts';
import type { DocumentText } from '../../../shared/model/document.ts';
import { defaultLinkTypes, type Link } from '../../../shared/model/link.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { applyEdit } from './apply-edit.ts';
import { type ProjectState, StoredDocument } from './project-state.ts';
import { listKindNames } from './record-kinds.ts';
import type { CurationDecision } from '../../../shared/curation/curation-types.ts';

const created = '2026-01-01T00:00:00.000Z';
const text = 'Токаев предложил создать рабочую группу ШОС.';

/** A small project in memory only: the pure apply needs no disk. */
function state(): ProjectState {
  const a = annotateSpan(
    text,
    { id: 'a1', documentId: 'd1', coderId: 'c1', tagId: 'claim', start: 0, end: 6 },
    created,
  );
  const b = annotateSpan(
    text,
    { id: 'b1', documentId: 'd1', coderId: 'c2', tagId: 'claim', start: 7, end: 16 },
    created,
  );
  const link: Link = {
    id: 'l1',
    fromId: 'a1',
    toId: 'b1',
    typeId: 'cites',
    coderId: 'c2',
    note: '',
    created,
    modified: created,
  };
  return {
    project: { schemaVersion: SCHEMA_VERSION, id: 'p', name: 'P', created, codebook: defaultCodebook(), coders: [] },
    actors: { schemaVersion: SCHEMA_VERSION, actors: [], rejectedMentions: [] },
    linkTypes: defaultLinkTypes(),
    links: [link],
    linksLegacy: false,
    concepts: [],
    tagMappings: [],
    curationDecisions: [],
    curationStatuses: [],
    quickReasons: [],
    coderCodebooks: [],
    documents: new Map([
      [
        'd1',
        new StoredDocument({ id: 'd1', title: 'Д', metadata: {}, created, textLength: text.length }, [a, b], false),
      ],
    ]),
  };
}

const decision: CurationDecision = {
  id: 'cd1',
  documentId: 'd1',
  kind: 'reject-all',
  sources: [],
  considered: [
    { coderId: 'c1', id: 'a1' },
    { coderId: 'c2', id: 'b1' },
  ],
  start: 0,
  end: 16,
  reason: 'не утверждение',
  quickReasons: [],
  curatorId: 'c1',
  curatorName: 'Анна',
  at: created,
};

const texts = () => new Map<string, DocumentText>([['d1', { text, originalText: text }]]);
const snapshot = (s: ProjectState, t: Map<string, DocumentText>) =>
  JSON.stringify({
    ...s,
    documents: [...s.documents.values()].map((d) => [d.info, d.annotations]),
    texts: [...t].sort(),
  });

describe('applyEdit', () => {
  it('names exactly the files an edit touches: each coder’s layer, the text, the links of the link’s coder', () => {
    const s = state();
    const t = texts();
    const a1 = s.documents.get('d1')!.annotations[0]!;
    const { touched } = applyEdit(s, t, {
      annotations: [{ id: 'a1', documentId: 'd1', after: { ...a1, note: 'x' } }],
      texts: [{ documentId: 'd1', text: `${text} Конец.` }],
      links: [{ id: 'l1', after: null }],
    });
    expect([...touched].sort()).toEqual(['layer:d1:c1', 'links:c2', 'text:d1']);
  });

  it('files a document’s curation under its own key, and the quick reasons under theirs', () => {
    const s = state();
    const { touched, inverse } = applyEdit(s, texts(), {
      curationDecisions: [{ id: 'cd1', after: decision }],
      curationStatuses: [
        { id: 'd1', after: { id: 'd1', status: 'done', curatorId: 'c1', curatorName: 'Анна', at: created } },
      ],
      quickReasons: [{ id: 'q1', after: { id: 'q1', label: 'правило 3', created } }],
    });
    expect([...touched].sort()).toEqual(['curation:d1', 'quick-reasons']);
    expect(s.curationDecisions).toEqual([decision]);
    // Undoing touches the same files: the inverse's removals name the records they took out.
    expect([...applyEdit(s, texts(), inverse).touched].sort()).toEqual(['curation:d1', 'quick-reasons']);
    expect(s.curationDecisions).toEqual([]);
    expect(s.curationStatuses).toEqual([]);
  });

  it('returns the edit that takes it back exactly, for every kind of record', () => {
    const s = state();
    const t = texts();
    const before = snapshot(s, t);
    const a1 = s.documents.get('d1')!.annotations[0]!;
    const actor = {
      id: 'x',
      name: 'Тукумов',
      type: 'person' as const,
      aliases: [],
      affiliations: [],
      notes: '',
      created,
      modified: created,
    };
    const { inverse } = applyEdit(s, t, {
      annotations: [
        { id: 'a1', documentId: 'd1', after: { ...a1, tagId: 'proposal' } },
        { id: 'b1', documentId: 'd1', after: null },
      ],
      actors: [{ id: 'x', after: actor }],
      rejectedMentions: [{ id: 'r', after: { id: 'r', actorId: 'x', documentId: 'd1', start: 0, exact: 'Токаев' } }],
      links: [{ id: 'l1', after: null }],
      concepts: [{ id: 'k', after: { id: 'k', name: 'ШОС', description: '', created, modified: created } }],
      coders: [{ id: 'c9', after: { id: 'c9', name: 'Коллега' } }],
      tagMappings: [
        {
          id: 'm',
          after: { id: 'm', coderId: 'c9', fromTagId: 'claim', toTagId: 'proposal', created, modified: created },
        },
      ],
      coderCodebooks: [{ id: 'c9', after: { id: 'c9', tags: [], mappedTo: {}, taken: created } }],
      curationDecisions: [{ id: 'cd1', after: decision }],
      curationStatuses: [
        { id: 'd1', after: { id: 'd1', status: 'in-progress', curatorId: 'c1', curatorName: 'Анна', at: created } },
      ],
      quickReasons: [{ id: 'q1', after: { id: 'q1', label: 'правило 3', created } }],
      linkTypes: [],
      codebook: { tags: [] },
      documents: [{ ...s.documents.get('d1')!.info, title: 'Новое' }],
      texts: [{ documentId: 'd1', text: 'другой' }],
    });
    expect(snapshot(s, t)).not.toBe(before);
    // The edit above names every list kind of the table: a kind added later must be added here too.
    expect(listKindNames.every((name) => inverse[name] !== undefined)).toBe(true);
    applyEdit(s, t, inverse);
    expect(snapshot(s, t)).toBe(before);
  });

  it('removes a document whole, touching each of its files, and its inverse brings it back exactly, in its place', () => {
    const s = state();
    const t = texts();
    const later = '2026-02-01T00:00:00.000Z';
    const d2 = new StoredDocument({ id: 'd2', title: 'Е', metadata: {}, created: later, textLength: 4 }, [], false);
    s.documents.set('d2', d2);
    t.set('d2', { text: 'Ещё.', originalText: 'Ещё.\r\n' });
    const before = snapshot(s, t);
    const { inverse, touched } = applyEdit(s, t, { wholeDocuments: [{ id: 'd1', after: null }] });
    expect([...s.documents.keys()]).toEqual(['d2']);
    expect([...touched].sort()).toEqual(['document:d1', 'layer:d1:c1', 'layer:d1:c2', 'text:d1']);
    expect(inverse.wholeDocuments?.[0]?.after).toMatchObject({
      info: { id: 'd1' },
      text: { text, originalText: text },
      annotations: [{ id: 'a1' }, { id: 'b1' }],
    });
    t.delete('d1');
    const back = applyEdit(s, t, inverse);
    // Back before d2, as the Library orders them: by creation time.
    expect([...s.documents.keys()]).toEqual(['d1', 'd2']);
    expect(snapshot(s, t)).toBe(before);
    expect(back.inverse).toEqual({ wholeDocuments: [{ id: 'd1', after: null }] });
    expect([...back.touched].sort()).toEqual(['document:d1', 'layer:d1:c1', 'layer:d1:c2', 'text:d1']);
  });

  it('brings documents back before other records are applied and removes them after, so an edit and its inverse both hold', () => {
    const s = state();
    const t = texts();
    const removed = applyEdit(s, t, {
      wholeDocuments: [{ id: 'd1', after: null }],
      links: [{ id: 'l1', after: null }],
    });
    const whole = removed.inverse.wholeDocuments?.[0]?.after;
    if (!whole) throw new Error('no whole document in the inverse');
    const before = snapshot(s, t);
    // Put back, then an annotation of it changed, in one edit.
    const a1 = whole.annotations[0]!;
    const { inverse } = applyEdit(s, t, {
      wholeDocuments: [{ id: 'd1', after: whole }],
      annotations: [{ id: 'a1', documentId: 'd1', after: { ...a1, note: 'после' } }],
    });
    expect(s.documents.get('d1')?.annotations.find((a) => a.id === 'a1')?.note).toBe('после');
    applyEdit(s, t, inverse);
    expect(snapshot(s, t)).toBe(before);
  });

  it('refuses to bring back a document that is there, and to remove one whose text was not loaded', () => {
    const s = state();
    const whole = { info: s.documents.get('d1')!.info, text: { text, originalText: text }, annotations: [] };
    expect(() => applyEdit(s, texts(), { wholeDocuments: [{ id: 'd1', after: whole }] })).toThrow(/already exists/);
    expect(() => applyEdit(state(), new Map(), { wholeDocuments: [{ id: 'd1', after: null }] })).toThrow(/not loaded/);
  });

  it('a record removed and put back in one edit is there once', () => {
    const s = state();
    const link = s.links[0]!;
    applyEdit(s, texts(), {
      links: [
        { id: 'l1', after: null },
        { id: 'l1', after: { ...link, note: 'снова' } },
      ],
    });
    expect(s.links.map((l) => [l.id, l.note])).toEqual([['l1', 'снова']]);
  });
});
