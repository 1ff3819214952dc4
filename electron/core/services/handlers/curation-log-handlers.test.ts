import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CURATED_CODER_ID,
  type CurationDecision,
  decisionLogColumns,
} from '../../../../shared/curation/curation-types.ts';
import { readCsv } from '../../../../shared/formats/csv/read-csv.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { Link } from '../../../../shared/model/link.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';

const bea: Coder = { id: 'coder-bea', name: 'Беатриса' };
const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество.';
const claim = { start: 0, end: 29 };
const proposal = { start: 31, end: 74 };
const because = { text: 'Связь верна', quickReasons: [] };

type Side = SessionDriver & { dir: string };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(dir: string, coder: Coder): Promise<Side> {
  const driver = await sessionDriver(dir, coder);
  cleanups.push(() => driver.session.close());
  return { dir, ...driver };
}

/**
 * A document coded by two coders: each marked the claim and the proposal and
 * linked them (alice: "supports", bea: "responds-to"). Returns the session of
 * the first coder, who curates, reopened after bea's turn.
 */
async function twoLayers() {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  let side = await open(dir, testCoder);
  const doc = await side.call('addDocument', { title: 'Заявление', text });
  const a1 = await side.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...claim });
  const a2 = await side.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...proposal });
  const aLink = await side.call('createLink', { fromId: a1.id, toId: a2.id, typeId: 'supports', note: 'см. абзац 2' });
  await side.session.close();
  side = await open(dir, bea);
  const b1 = await side.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...claim });
  const b2 = await side.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...proposal });
  const bLink = await side.call('createLink', { fromId: b1.id, toId: b2.id, typeId: 'responds-to' });
  await side.session.close();
  side = await open(dir, testCoder);
  return { side, documentId: doc.id, a1, a2, b1, b2, aLink, bLink };
}

/**
 * A unit decided by hand (the unit decisions are H2's calls, tested apart):
 * `source` taken into the curated layer, as one step of its own.
 */
async function curate(side: Side, source: Annotation, at = new Date().toISOString()): Promise<Annotation> {
  const curated: Annotation = { ...source, id: randomUUID(), coderId: CURATED_CODER_ID, created: at, modified: at };
  const decision: CurationDecision = {
    id: randomUUID(),
    documentId: source.documentId,
    kind: 'take',
    sources: [{ coderId: source.coderId, id: source.id }],
    considered: [],
    start: source.start,
    end: source.end,
    takenFrom: source.coderId,
    resultId: curated.id,
    reason: 'по кодбуку',
    quickReasons: [],
    curatorId: testCoder.id,
    curatorName: testCoder.name,
    at,
  };
  await side.session.change({ key: 'curationLog:title' }, async (s) => ({
    edit: {
      annotations: [{ id: curated.id, documentId: curated.documentId, after: curated }],
      curationDecisions: [{ id: decision.id, after: decision }],
      ...(s.info().coders.some((c) => c.id === CURATED_CODER_ID)
        ? {}
        : { coders: [{ id: CURATED_CODER_ID, after: { id: CURATED_CODER_ID, name: 'Curated' } }] }),
    },
    result: null,
  }));
  return curated;
}

const curatedLinks = (side: Side): Link[] => side.session.store.links().filter((l) => l.coderId === CURATED_CODER_ID);

describe('decideLink', () => {
  it('takes a coder’s link between the curated ends: one undo step that also starts the document', async () => {
    const { side, documentId, a1, a2, aLink } = await twoLayers();
    const c1 = await curate(side, a1);
    const c2 = await curate(side, a2);
    expect(side.session.store.curationStatusOf(documentId)).toBe('not-started');

    const taken = await side.call('decideLink', { linkId: aLink.id, action: 'take', reason: because });
    expect(curatedLinks(side)).toEqual([
      expect.objectContaining({
        fromId: c1.id,
        toId: c2.id,
        typeId: 'supports',
        note: 'см. абзац 2',
        coderId: 'curated',
      }),
    ]);
    expect(taken.decision).toMatchObject({
      kind: 'link-take',
      documentId,
      sources: [{ coderId: testCoder.id, id: aLink.id }],
      takenFrom: testCoder.id,
      resultId: curatedLinks(side)[0]?.id,
      reason: 'Связь верна',
      curatorId: testCoder.id,
      curatorName: testCoder.name,
    });
    expect(taken.change.links.map((l) => l.id)).toEqual([taken.decision.resultId]);
    expect(taken.change.curationChanged).toBe(true);
    expect(taken.history.undo).toEqual({
      key: 'curationLog:history-takeLink',
      params: { from: 'Эксперт заявил о росте …', type: 'supports', to: 'Министр предложил расши…' },
    });
    expect(side.session.store.curationStatusOf(documentId)).toBe('in-progress');

    await side.call('undo', {});
    expect(curatedLinks(side)).toEqual([]);
    expect(side.session.store.curationDecisions().filter((d) => d.kind === 'link-take')).toEqual([]);
    expect(side.session.store.curationStatusOf(documentId)).toBe('not-started');
  });

  it('adds the curated coder entry with the first curated record, and undo takes it out again', async () => {
    const { side, a1, aLink } = await twoLayers();
    const coders = () => side.session.store.info().coders.map((c) => c.id);
    expect(coders()).not.toContain(CURATED_CODER_ID);
    // A reject is the first curated record here: no unit was decided.
    await side.call('decideLink', {
      linkId: aLink.id,
      action: 'reject',
      reason: { text: '', quickReasons: ['дубль'] },
    });
    expect(coders()).toContain(CURATED_CODER_ID);
    await side.call('undo', {});
    expect(coders()).not.toContain(CURATED_CODER_ID);
    expect(side.session.store.hasAnnotation(a1.id)).toBe(true);
  });

  it('refuses a link whose end is not curated yet, and a decision without a reason; nothing changes', async () => {
    const { side, a1, aLink } = await twoLayers();
    await curate(side, a1);
    const before = side.session.store.curationDecisions().length;
    const refused = await side.fail('decideLink', { linkId: aLink.id, action: 'take', reason: because });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Министр предложил расширить сотруднич');
    expect(refused.message).toMatch(/not in the curated layer yet/);
    const noReason = await side.fail('decideLink', {
      linkId: aLink.id,
      action: 'reject',
      reason: { text: ' ', quickReasons: [] },
    });
    expect(noReason.code).toBe('invalid-input');
    expect(noReason.message).toMatch(/Say why/);
    expect(side.session.store.curationDecisions()).toHaveLength(before);
    expect(curatedLinks(side)).toEqual([]);
  });

  it('deciding a link again replaces its decision and takes its curated link out; undo brings it back', async () => {
    const { side, a1, a2, aLink } = await twoLayers();
    await curate(side, a1);
    await curate(side, a2);
    const taken = await side.call('decideLink', { linkId: aLink.id, action: 'take', reason: because });
    const rejected = await side.call('decideLink', { linkId: aLink.id, action: 'reject', reason: because });
    expect(rejected.decision.replaces).toEqual([taken.decision.id]);
    expect(rejected.change.removedLinks).toEqual([taken.decision.resultId]);
    expect(curatedLinks(side)).toEqual([]);
    await side.call('undo', {});
    expect(curatedLinks(side).map((l) => l.id)).toEqual([taken.decision.resultId]);
  });

  it('refuses a second coder’s link that would duplicate a curated one', async () => {
    const { side, a1, a2, aLink, bLink, b1, b2 } = await twoLayers();
    // Bea's link has another type: taking both is two curated links between the same ends, which is allowed.
    for (const a of [a1, a2]) await curate(side, a);
    await side.call('decideLink', { linkId: aLink.id, action: 'take', reason: because });
    const bFrom = side.session.store.curationDecisions();
    expect(bFrom.some((d) => d.sources.some((s) => s.id === b1.id || s.id === b2.id))).toBe(false);
    const refused = await side.fail('decideLink', { linkId: bLink.id, action: 'take', reason: because });
    expect(refused.code).toBe('conflict'); // bea's ends are not curated: her versions were not taken
    expect(refused.message).toMatch(/not in the curated layer yet/);
  });
});

describe('listDecisions and exportDecisionLog', () => {
  let t: Awaited<ReturnType<typeof twoLayers>>;
  beforeEach(async () => {
    t = await twoLayers();
    await curate(t.side, t.a1, '2026-03-01T09:00:00.000Z');
    await curate(t.side, t.a2, '2026-03-01T09:01:00.000Z');
    await t.side.call('decideLink', {
      linkId: t.aLink.id,
      action: 'take',
      reason: { text: '=SUM(A1)', quickReasons: ['правило 3'] },
    });
  });

  it('lists the log newest first with the document’s title, at most `limit` rows, and the total', async () => {
    const log = await t.side.call('listDecisions', { filter: {} });
    expect(log.total).toBe(3);
    expect(log.rows.map((r) => [r.decision.kind, r.documentTitle, r.tagId, r.quote])).toEqual([
      ['link-take', 'Заявление', null, 'Эксперт заявил о росте угрозы'],
      ['take', 'Заявление', 'proposal', 'Министр предложил расширить сотрудничество.'],
      ['take', 'Заявление', 'claim', 'Эксперт заявил о росте угрозы'],
    ]);
    const two = await t.side.call('listDecisions', { filter: { kind: 'take' }, limit: 1 });
    expect([two.total, two.rows.length, two.rows[0]?.tagId]).toEqual([2, 1, 'proposal']);
    expect((await t.side.call('listDecisions', { filter: { quickReason: 'ПРАВИЛО 3' } })).total).toBe(1);
    expect((await t.side.call('listDecisions', { filter: { words: 'ПРАВИЛО 3' } })).total).toBe(0);
    expect((await t.side.call('listDecisions', { filter: { words: 'sum(' } })).total).toBe(1);
  });

  it('shows a source its coder deleted after it was curated as gone; the curated one stays', async () => {
    const c1 = t.side.session.store.curationDecisions().find((d) => d.sources[0]?.id === t.a1.id)?.resultId;
    await t.side.call('deleteAnnotation', { annotationId: t.a1.id, withLinks: true });
    const log = await t.side.call('listDecisions', { filter: { kind: 'take' } });
    const row = log.rows.find((r) => r.decision.sources[0]?.id === t.a1.id);
    expect(row?.gone).toEqual([t.a1.id]);
    expect(row?.quote).toBe('Эксперт заявил о росте угрозы');
    expect(t.side.session.store.hasAnnotation(c1 as string)).toBe(true);
  });

  it('writes the log as CSV to the ticket’s file: BOM, the header, a row, a formula made text', async () => {
    const out = await tempDir();
    cleanups.push(out.cleanup);
    const path = join(out.dir, 'decisions.csv');
    const to = t.side.session.files.grantSave(path, 'decisions.csv');
    const saved = await t.side.call('exportDecisionLog', { filter: { kind: 'link-take' }, to });
    expect([saved.name, saved.rows]).toEqual(['decisions.csv', 1]);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { rows } = readCsv(new Uint8Array(bytes));
    expect(rows[0]).toEqual([...decisionLogColumns]);
    const row = Object.fromEntries(decisionLogColumns.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({
      document_title: 'Заявление',
      decision: 'link-take',
      taken_from: testCoder.id,
      sources: `${testCoder.id}:${t.aLink.id}`,
      quick_reasons: 'правило 3',
      reason: "'=SUM(A1)",
      curator: testCoder.name,
      conflict: 'false',
    });
    expect(rows).toHaveLength(2);
  });
});

describe('quick reasons', () => {
  it('adds, rewords and deletes, each one undo step; a label already there (any case) is refused', async () => {
    const { side } = await twoLayers();
    const rule = await side.call('saveQuickReason', { label: 'Правило кодбука 3' });
    const edge = await side.call('saveQuickReason', { label: 'граница: всё предложение' });
    expect((await side.call('listQuickReasons', {})).map((q) => q.label)).toEqual([
      'Правило кодбука 3',
      'граница: всё предложение',
    ]);
    const twice = await side.fail('saveQuickReason', { label: '  правило КОДБУКА 3 ' });
    expect(twice.code).toBe('conflict');
    expect(twice.message).toContain('Правило кодбука 3');
    expect((await side.fail('saveQuickReason', { id: edge.id, label: 'правило кодбука 3' })).code).toBe('conflict');

    const renamed = await side.call('saveQuickReason', { id: rule.id, label: 'Правило 3' });
    expect(renamed).toEqual({ ...rule, label: 'Правило 3' });
    expect((await side.call('getHistory', {})).undo).toEqual({
      key: 'curationLog:history-renameQuickReason',
      params: { from: 'Правило кодбука 3', label: 'Правило 3' },
    });
    await side.call('deleteQuickReason', { id: edge.id });
    expect((await side.call('listQuickReasons', {})).map((q) => q.label)).toEqual(['Правило 3']);
    await side.call('undo', {});
    await side.call('undo', {});
    expect((await side.call('listQuickReasons', {})).map((q) => q.label)).toEqual([
      'Правило кодбука 3',
      'граница: всё предложение',
    ]);
    expect((await side.fail('deleteQuickReason', { id: randomUUID() })).code).toBe('not-found');
  });

  it('keeps quick reasons in curation.json across a reopening', async () => {
    const { side } = await twoLayers();
    await side.call('saveQuickReason', { label: 'дубль' });
    await side.session.close();
    const again = await open(side.dir, testCoder);
    expect((await again.call('listQuickReasons', {})).map((q) => q.label)).toEqual(['дубль']);
    const file = JSON.parse(await readFile(join(side.dir, 'curation.json'), 'utf8')) as { quickReasons: unknown[] };
    expect(file.quickReasons).toHaveLength(1);
  });
});
