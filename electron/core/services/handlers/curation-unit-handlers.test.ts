import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';

/**
 * The unit curation calls through the real dispatch: coder A annotates, then
 * B opens the folder and annotates the same text, and B curates.
 */
const coderB: Coder = { id: 'coder-b', name: 'Борис' };
const text = 'Эксперт заявил о росте угрозы. Министр предложил меры. Депутат возразил.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const exact: UnitRule = { mode: 'exact', threshold: 1 };
const coderIds = [testCoder.id, coderB.id];
const why = { text: 'правило 3', quickReasons: [] };

let dir: string;
let cleanup: () => Promise<void>;
let b: SessionDriver;
let doc: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const a = await sessionDriver(dir);
  doc = (await a.call('addDocument', { title: 'Первый', text })).id;
  await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  await a.call('createAnnotation', { documentId: doc, tagId: 'proposal', ...span('Министр предложил меры') });
  await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Депутат возразил') });
  await a.session.close();
  b = await sessionDriver(dir, coderB);
  await b.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  await b.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Министр предложил меры') });
});
afterEach(async () => {
  await b.session.close();
  await cleanup();
});

const curation = () => b.call('getCuration', { documentId: doc, coderIds, unit: exact });

describe('merge what agrees', () => {
  it('copies the agreeing unit in one undo step with the curated coder and in-progress status; undo takes it all back', async () => {
    const merged = await b.call('mergeAgreeing', {
      coderIds,
      documents: { all: true },
      rule: 'unanimous',
      unit: exact,
    });
    expect(merged.summary).toEqual({ rule: 'unanimous', documents: 1, added: 1, alreadyDecided: 0, undecided: 2 });
    expect(merged.history.undo).toEqual({ key: 'curationUnits:mergeAgreeing', params: { count: 1 } });
    const c = await curation();
    expect(c.status).toBe('in-progress');
    expect(c.curated.map((x) => [x.coderId, x.tagId, x.quote.exact])).toEqual([
      [CURATED_CODER_ID, 'claim', 'Эксперт заявил'],
    ]);
    expect(c.units.map((u) => u.state)).toEqual(['decided', 'undecided', 'undecided']);
    expect(c.decisions.map((d) => d.kind)).toEqual(['merged']);
    expect(b.session.store.info().coders.map((x) => x.id)).toContain(CURATED_CODER_ID);
    // Again: nothing new agrees, no step is made.
    const again = await b.call('mergeAgreeing', { coderIds, documents: { all: true }, rule: 'unanimous', unit: exact });
    expect(again.summary).toMatchObject({ added: 0, alreadyDecided: 1, undecided: 2 });
    expect(again.history.undo).toEqual({ key: 'curationUnits:mergeAgreeing', params: { count: 1 } });
    await b.call('undo', {});
    const undone = await curation();
    expect(undone).toMatchObject({ status: 'not-started', curated: [], decisions: [] });
    expect(b.session.store.info().coders.map((x) => x.id)).not.toContain(CURATED_CODER_ID);
  });

  it('refuses the curated layer as a coder to curate', async () => {
    const f = await b.fail('mergeAgreeing', {
      coderIds: [testCoder.id, CURATED_CODER_ID],
      documents: { all: true },
      rule: 'unanimous',
      unit: exact,
    });
    expect(f.code).toBe('invalid-input');
  });
});

describe('deciding a unit', () => {
  it('take, then reject-all replacing it (the taken result goes), each one undo step; undo restores the take', async () => {
    const unit = (await curation()).comparison.units[1];
    if (!unit) throw new Error('no unit');
    const query = { documentId: doc, coderIds, unit: exact };
    const took = await b.call('decideUnit', {
      query,
      members: unit.members,
      action: { kind: 'take', coderId: coderB.id },
      reason: why,
    });
    expect(took.history.undo).toEqual({ key: 'curationUnits:take', params: { coder: coderB.name } });
    let c = await curation();
    expect(c.curated).toMatchObject([{ tagId: 'claim', quote: { exact: 'Министр предложил меры' } }]);
    expect(c.units[1]).toMatchObject({ state: 'decided', curatedIds: [took.decision.resultId] });
    const rejected = await b.call('decideUnit', {
      query,
      members: unit.members,
      action: { kind: 'reject-all' },
      reason: why,
    });
    expect(rejected.decision.replaces).toEqual([took.decision.id]);
    c = await curation();
    expect(c.curated).toEqual([]);
    expect(c.decisions.map((d) => d.kind)).toEqual(['take', 'reject-all']);
    await b.call('undo', {});
    c = await curation();
    expect(c.curated.map((x) => x.id)).toEqual([took.decision.resultId]);
    await b.call('undo', {});
    expect((await curation()).decisions).toEqual([]);
  });

  it('take-edited and new record their fields; undo takes each out', async () => {
    const unit = (await curation()).comparison.units[1];
    if (!unit) throw new Error('no unit');
    const query = { documentId: doc, coderIds, unit: exact };
    const edited = await b.call('decideUnit', {
      query,
      members: unit.members,
      action: {
        kind: 'take-edited',
        coderId: testCoder.id,
        version: { ...span('Министр предложил'), tagId: 'proposal' },
      },
      reason: why,
    });
    expect(edited.decision).toMatchObject({ kind: 'take-edited', takenFrom: testCoder.id, edited: ['span'] });
    await b.call('undo', {});
    const made = await b.call('decideUnit', {
      query,
      members: unit.members,
      action: { kind: 'new', version: { ...span('меры'), tagId: 'claim' } },
      reason: { text: '', quickReasons: ['граница'] },
    });
    expect(made.decision).toMatchObject({ kind: 'new', sources: [], quickReasons: ['граница'] });
    expect((await curation()).curated.map((x) => x.quote.exact)).toEqual(['меры']);
    await b.call('undo', {});
    expect((await curation()).curated).toEqual([]);
  });

  it('refuses a stale unit (a version deleted since it was shown) and a decision without a reason', async () => {
    const unit = (await curation()).comparison.units[0];
    if (!unit) throw new Error('no unit');
    const query = { documentId: doc, coderIds, unit: exact };
    const noReason = await b.fail('decideUnit', {
      query,
      members: unit.members,
      action: { kind: 'reject-all' },
      reason: { text: ' ', quickReasons: [] },
    });
    expect(noReason.code).toBe('invalid-input');
    await b.call('deleteAnnotation', { annotationId: unit.members[1] as string });
    const stale = await b.fail('decideUnit', {
      query,
      members: unit.members,
      action: { kind: 'reject-all' },
      reason: why,
    });
    expect(stale.code).toBe('conflict');
    expect((await curation()).decisions).toEqual([]);
  });
});

describe('a unit that changed since it was shown', () => {
  it('a version added to it since (by its coder) is refused: the decision would leave it out', async () => {
    const c = await curation();
    const at = c.comparison.units.findIndex((u) => u.members[1] === null);
    const unit = c.comparison.units[at];
    if (!unit) throw new Error('no one-coder unit');
    await b.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Депутат возразил') });
    const f = await b.fail('decideUnit', {
      query: { documentId: doc, coderIds, unit: exact },
      members: unit.members,
      action: { kind: 'reject-all' },
      reason: why,
    });
    expect(f.code).toBe('conflict');
    expect((await curation()).decisions).toEqual([]);
  });
});

describe('curation status', () => {
  it('several documents in one undo step; an unknown one refuses them all', async () => {
    const second = (await b.call('addDocument', { title: 'Второй', text })).id;
    const statuses = () => [b.session.store.curationStatusOf(doc), b.session.store.curationStatusOf(second)];
    const refused = await b.fail('setCurationStatus', { documentIds: [doc, 'no-such-document'], status: 'done' });
    expect(refused.code).toBe('not-found');
    expect(statuses()).toEqual(['not-started', 'not-started']);
    const done = await b.call('setCurationStatus', { documentIds: [doc, second, doc], status: 'done' });
    expect(done.history.undo).toEqual({ key: 'curationUnits:status-done', params: { count: 2 } });
    expect(statuses()).toEqual(['done', 'done']);
    await b.call('undo', {});
    expect(statuses()).toEqual(['not-started', 'not-started']);
    await b.call('redo', {});
    expect(statuses()).toEqual(['done', 'done']);
  });

  it('done, then not started again; each an undo step', async () => {
    const done = await b.call('setCurationStatus', { documentIds: [doc], status: 'done' });
    expect(done.history.undo).toEqual({ key: 'curationUnits:status-done', params: { count: 1 } });
    expect((await curation()).status).toBe('done');
    await b.call('setCurationStatus', { documentIds: [doc], status: 'not-started' });
    expect((await curation()).status).toBe('not-started');
    await b.call('undo', {});
    expect((await curation()).status).toBe('done');
  });
});
