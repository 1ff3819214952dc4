import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import { curatableLinks } from '../../../shared/curation/curatable-links.ts';
import { currentDecisions, decisionsConflict } from '../../../shared/curation/current-decisions.ts';
import { CURATED_CODER_ID, type CurationDecision, curatedCoder } from '../../../shared/curation/curation-types.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import { type SessionDriver, sessionDriver } from '../testing/test-session.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { message } from '../../../shared/i18n/message.ts';
import { exportBundle } from './bundle-export.ts';
import { applyBundle, defaultDecisions, previewBundle } from './bundle-import.ts';
import { readBundle } from './read-bundle.ts';

const anna: Coder = { id: 'coder-anna', name: 'Anna' };
const bea: Coder = { id: 'coder-bea', name: 'Bea' };
const when = '2026-12-02T09:00:00.000Z';
const text = 'The council opposes the plan. The ministry supports the pact.';

type Side = Pick<SessionDriver, 'session' | 'call'> & { dir: string };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openAs(coder: Coder): Promise<Side> {
  const { dir, cleanup } = await tempDir();
  const driver = await sessionDriver(join(dir, 'project'), coder);
  cleanups.push(async () => {
    await driver.session.close();
    await cleanup();
  });
  return { dir, session: driver.session, call: driver.call };
}

function span(documentId: string, coderId: string, id: string, words: string, tagId = 'claim'): Annotation {
  const start = text.indexOf(words);
  const a = annotateSpan(text, { id, documentId, coderId, tagId, start, end: start + words.length });
  return { ...a, created: when, modified: when };
}

/**
 * A curation decision on the unit of `source`, made by `curator`, as the
 * curation calls record one: the curated annotation, the decision, the
 * document's status, in one edit (with the curated coder on first use).
 */
async function decide(
  side: Side,
  curator: Coder,
  id: string,
  source: Annotation,
  tagId: string,
  extra: Partial<CurationDecision> = {},
): Promise<{ decision: CurationDecision; result: Annotation }> {
  const store = side.session.store;
  const result = { ...span(source.documentId, CURATED_CODER_ID, `${id}-result`, source.quote.exact, tagId) };
  const decision: CurationDecision = {
    id,
    documentId: source.documentId,
    kind: 'take-edited',
    sources: [{ coderId: source.coderId, id: source.id }],
    considered: [],
    start: source.start,
    end: source.end,
    takenFrom: source.coderId,
    edited: ['tag'],
    resultId: result.id,
    reason: `${curator.name} says so`,
    quickReasons: ['codebook rule 3'],
    curatorId: curator.id,
    curatorName: curator.name,
    at: when,
    ...extra,
  };
  const first = !store.info().coders.some((c) => c.id === CURATED_CODER_ID);
  await side.session.change(message('curationBundles:title'), async () => ({
    edit: {
      ...(first ? { coders: [{ id: CURATED_CODER_ID, after: curatedCoder }] } : {}),
      annotations: [{ id: result.id, documentId: source.documentId, after: result }],
      curationDecisions: [{ id, after: decision }],
      curationStatuses: [
        {
          id: source.documentId,
          after: {
            id: source.documentId,
            status: 'in-progress',
            curatorId: curator.id,
            curatorName: curator.name,
            at: when,
          },
        },
      ],
      ...(store.quickReasons().length
        ? {}
        : {
            quickReasons: [
              { id: 'reason-rule-3', after: { id: 'reason-rule-3', label: 'codebook rule 3', created: when } },
            ],
          }),
    },
    result: null,
  }));
  return { decision, result };
}

/** Exports every layer of `from` and previews importing it into `to`. */
async function exchange(from: Side, to: Side, name: string) {
  const path = join(from.dir, `${name}.glossator`);
  const summary = await exportBundle(from.session.store, { documents: { all: true }, layers: { all: true } }, path);
  const contents = await readBundle(path);
  const preview = await previewBundle(to.session, contents);
  return { summary, contents, preview };
}

async function importAll(from: Side, to: Side, name: string) {
  const { preview, summary, contents } = await exchange(from, to, name);
  const applied = await applyBundle(to.session, preview.previewId, defaultDecisions);
  return { preview, applied, summary, contents };
}

/** Anna's project: one document, her annotation of it, and her decision taking it as a proposal. */
async function annasProject() {
  const a = await openAs(anna);
  const doc = await a.call('addDocument', { title: 'Statement', text });
  const source = span(doc.id, anna.id, 'a-anna-1', 'The council opposes the plan.');
  await a.session.store.commit({ annotations: [{ id: source.id, documentId: doc.id, after: source }] });
  const decided = await decide(a, anna, 'decision-anna', source, 'proposal');
  return { a, doc, source, ...decided };
}

describe('curation in bundles', () => {
  it('goes with the curated layer and comes back the same into a fresh project; twice changes nothing', async () => {
    const { a, doc, decision, result } = await annasProject();
    const b = await openAs(bea);
    const { preview, applied, summary, contents } = await importAll(a, b, 'anna');
    expect(summary.annotations[CURATED_CODER_ID]).toBe(1);
    expect(summary.curationDecisions).toBe(1);
    expect(contents.curation?.decisions).toEqual([decision]);
    expect(preview.coders.find((c) => c.coder.id === CURATED_CODER_ID)).toMatchObject({ curated: true, targets: [] });
    expect(preview.curation).toMatchObject({
      decisions: 1,
      conflicts: 0,
      statuses: { new: 1 },
      quickReasons: { new: 1 },
    });
    expect(applied.summary).toMatchObject({
      curationDecisions: 1,
      curationConflicts: 0,
      curationStatuses: 1,
      quickReasons: 1,
    });
    const store = b.session.store;
    expect(store.curationDecisions()).toEqual([decision]);
    expect(store.curationDecisions()[0]?.curatorName).toBe('Anna');
    expect(store.curationStatuses()).toEqual([
      expect.objectContaining({ id: doc.id, status: 'in-progress', curatorName: 'Anna' }),
    ]);
    expect(store.quickReasons().map((r) => r.label)).toEqual(['codebook rule 3']);
    expect(store.annotationsOf(doc.id).filter((x) => x.coderId === CURATED_CODER_ID)).toEqual([result]);
    expect(store.info().coders).toContainEqual(curatedCoder);

    const again = await exchange(a, b, 'anna-again');
    expect(again.preview.nothingNew).toBe(true);
    expect(again.preview.curation).toMatchObject({ decisions: 0, sameDecisions: 1, statuses: { new: 0, same: 1 } });
    const twice = await applyBundle(b.session, again.preview.previewId, defaultDecisions);
    expect(twice.edit).toBeNull();
    expect(b.session.store.curationDecisions()).toHaveLength(1);
  });

  it('two curators’ copies: each decision keeps its curator, a different decision on one unit stands as a conflict', async () => {
    const { a, doc, source } = await annasProject();
    const b = await openAs(bea);
    // Bea gets Anna's layer alone (no curation), and decides the same unit otherwise in her copy.
    const path = join(a.dir, 'layer.glossator');
    await exportBundle(a.session.store, { documents: { all: true }, layers: { coderIds: [anna.id] } }, path);
    const layerOnly = await previewBundle(b.session, await readBundle(path));
    expect(layerOnly.curation).toBeNull();
    await applyBundle(b.session, layerOnly.previewId, defaultDecisions);
    const beas = await decide(b, bea, 'decision-bea', source, 'actor-mention');
    const { preview, applied } = await importAll(b, a, 'bea');
    expect(preview.curation).toMatchObject({ decisions: 1, conflicts: 1 });
    expect(applied.summary.curationConflicts).toBe(1);
    const store = a.session.store;
    const standing = currentDecisions(store.curationDecisions());
    expect(standing.map((d) => [d.id, d.curatorName]).sort()).toEqual([
      ['decision-anna', 'Anna'],
      ['decision-bea', 'Bea'],
    ]);
    const curated = new Map(
      store
        .annotationsOf(doc.id)
        .filter((x) => x.coderId === CURATED_CODER_ID)
        .map((x) => [x.id, x]),
    );
    expect(curated.size).toBe(2);
    const [x, y] = standing as [CurationDecision, CurationDecision];
    expect(decisionsConflict(x, y, curated)).toBe(true);
    // Both ways: Anna's copy, now holding both, back to Bea: Anna's decision comes in as a conflict there too.
    const back = await importAll(a, b, 'anna-back');
    expect(back.preview.curation).toMatchObject({ decisions: 1, sameDecisions: 1, conflicts: 1 });
    const bs = currentDecisions(b.session.store.curationDecisions());
    expect(bs.map((d) => [d.id, d.curatorId]).sort()).toEqual([
      ['decision-anna', anna.id],
      ['decision-bea', beas.decision.curatorId],
    ]);
    expect(b.session.store.curationStatuses()[0]?.curatorName).toBe('Bea');
  });

  it('a later decision of theirs on ours replaces it and takes its curated result out; one identical to ours is not doubled', async () => {
    const { a, doc, source, decision, result } = await annasProject();
    const b = await openAs(bea);
    await importAll(a, b, 'anna');
    // Bea decides again on top of Anna's decision: a new decision replacing it, its result taken out.
    await decide(b, bea, 'decision-bea', source, 'actor-mention', { replaces: [decision.id] });
    await b.session.store.commit({ annotations: [{ id: result.id, documentId: doc.id, after: null }] });
    const { preview } = await importAll(b, a, 'bea');
    expect(preview.curation).toMatchObject({ decisions: 1, conflicts: 0, replacesYours: 1 });
    const curated = a.session.store.annotationsOf(doc.id).filter((x) => x.coderId === CURATED_CODER_ID);
    expect(curated.map((x) => x.tagId)).toEqual(['actor-mention']);
    expect(currentDecisions(a.session.store.curationDecisions()).map((d) => d.id)).toEqual(['decision-bea']);
  });

  it('their decision taking out the end of a link we took: our curated link goes, our take replaced by theirs; undo/redo exact', async () => {
    const { a, doc, source } = await annasProject();
    const other = span(doc.id, anna.id, 'a-anna-2', 'The ministry supports the pact.');
    await a.session.store.commit({ annotations: [{ id: other.id, documentId: doc.id, after: other }] });
    const second = await decide(a, anna, 'decision-anna-2', other, 'proposal');
    const link = await a.call('createLink', { fromId: source.id, toId: other.id, typeId: 'supports' });
    const b = await openAs(bea);
    await importAll(a, b, 'anna');
    // Anna takes the link after Bea got her copy; Bea decides the second unit again (her result replaces Anna's).
    const taken = await a.call('decideLink', {
      linkId: link.id,
      action: 'take',
      reason: { text: 'да', quickReasons: [] },
    });
    const curatedLinkId = taken.decision.resultId as string;
    const beas = await decide(b, bea, 'decision-bea', other, 'actor-mention', { replaces: [second.decision.id] });
    await b.session.store.commit({ annotations: [{ id: second.result.id, documentId: doc.id, after: null }] });
    const store = a.session.store;
    const before = { decisions: structuredClone(store.curationDecisions()), links: structuredClone(store.links()) };

    const { preview } = await importAll(b, a, 'bea');
    expect(preview.curation).toMatchObject({ decisions: 1, conflicts: 0, replacesYours: 2 });
    expect(store.links().map((l) => l.id)).not.toContain(curatedLinkId);
    const recorded = store.curationDecisions().find((d) => d.id === beas.decision.id);
    expect(recorded?.replaces).toEqual([second.decision.id, taken.decision.id]);
    expect(
      currentDecisions(store.curationDecisions())
        .map((d) => d.id)
        .sort(),
    ).toEqual(['decision-anna', 'decision-bea'].sort());
    const log = await a.call('listDecisions', { filter: { documentId: doc.id } });
    expect(log.rows.find((r) => r.decision.id === taken.decision.id)?.replacedBy).toBe(beas.decision.id);
    // The link is open again in Anna's Compare view: no standing decision, no curated copy.
    const c = curatableLinks({
      memberIds: new Set([source.id, other.id]),
      curatedIds: new Set(store.annotationsOf(doc.id).flatMap((x) => (x.coderId === CURATED_CODER_ID ? [x.id] : []))),
      links: store.links(),
      decisions: store.curationDecisions(),
    });
    expect(c.links.find((l) => l.link.id === link.id)).toMatchObject({ decisionId: null, curatedLinkId: null });
    const after = { decisions: structuredClone(store.curationDecisions()), links: structuredClone(store.links()) };

    await a.call('undo', {});
    expect({ decisions: store.curationDecisions(), links: store.links() }).toEqual(before);
    await a.call('redo', {});
    expect({ decisions: store.curationDecisions(), links: store.links() }).toEqual(after);
  });

  it('a bundle of one document keeps no replaces naming a decision of a document left out', async () => {
    const { a, doc, source } = await annasProject();
    const doc2 = await a.call('addDocument', { title: 'Second', text });
    const there = span(doc2.id, anna.id, 'a-anna-doc2', 'The ministry supports the pact.');
    await a.session.store.commit({ annotations: [{ id: there.id, documentId: doc2.id, after: there }] });
    await decide(a, anna, 'decision-doc2', there, 'proposal');
    // A link from the second document into the first: its take is anchored in the second document.
    const link = await a.call('createLink', { fromId: there.id, toId: source.id, typeId: 'supports' });
    const taken = await a.call('decideLink', {
      linkId: link.id,
      action: 'take',
      reason: { text: 'да', quickReasons: [] },
    });
    expect(taken.decision.documentId).toBe(doc2.id);
    const again = await decide(a, anna, 'decision-anna-again', source, 'actor-mention', {
      replaces: ['decision-anna', taken.decision.id],
    });
    expect(again.decision.replaces).toContain(taken.decision.id);
    const path = join(a.dir, 'first.glossator');
    await exportBundle(a.session.store, { documents: { ids: [doc.id] }, layers: { all: true } }, path);
    const contents = await readBundle(path);
    expect(contents.curation?.decisions.find((d) => d.id === again.decision.id)?.replaces).toEqual(['decision-anna']);
  });

  it('their curated annotation identical to ours: their decision points at ours, no conflict, nothing doubled', async () => {
    const { a, doc, source } = await annasProject();
    const b = await openAs(bea);
    await importAll(a, b, 'anna');
    const { preview } = await exchange(a, b, 'anna-2');
    expect(preview.curation?.sameAsYours).toBe(0);
    // Bea decides the same unit the same way under her own ids.
    const beas = await decide(b, bea, 'decision-bea', source, 'proposal');
    const { preview: p2 } = await importAll(b, a, 'bea');
    expect(p2.curation).toMatchObject({ decisions: 1, conflicts: 0, sameAsYours: 1 });
    const curated = a.session.store.annotationsOf(doc.id).filter((x) => x.coderId === CURATED_CODER_ID);
    expect(curated).toHaveLength(1);
    const theirs = a.session.store.curationDecisions().find((d) => d.id === beas.decision.id);
    expect(theirs?.resultId).toBe(curated[0]?.id);
  });

  it('a bundle without the curated layer carries no curation table and still imports', async () => {
    const { a, doc } = await annasProject();
    const b = await openAs(bea);
    const path = join(a.dir, 'mine.glossator');
    await exportBundle(a.session.store, { documents: { all: true }, layers: { mine: true } }, path);
    const contents = await readBundle(path);
    expect(contents.curation).toBeNull();
    const preview = await previewBundle(b.session, contents);
    expect(preview.curation).toBeNull();
    await applyBundle(b.session, preview.previewId, defaultDecisions);
    expect(b.session.store.annotationsOf(doc.id)).toHaveLength(1);
    expect(b.session.store.curationDecisions()).toEqual([]);
  });
});
