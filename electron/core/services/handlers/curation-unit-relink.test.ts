import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import { CURATED_CODER_ID, decisionLogColumns } from '../../../../shared/curation/curation-types.ts';
import { currentDecisions } from '../../../../shared/curation/current-decisions.ts';
import { readCsv } from '../../../../shared/formats/csv/read-csv.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';

/**
 * Deciding a unit again takes out the curated links touching its old result;
 * the take that made such a link must end with it (replaced by the new unit
 * decision), so the link is open again and the log says why.
 */
const bea: Coder = { id: 'coder-bea', name: 'Беатриса' };
const text = 'Эксперт заявил о росте угрозы. Министр предложил меры.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const exact: UnitRule = { mode: 'exact', threshold: 1 };
const coderIds = [testCoder.id, bea.id];
const why = { text: 'правило 3', quickReasons: [] };

let dir: string;
let cleanup: () => Promise<void>;
let side: SessionDriver;
let doc: string;
let linkId: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const a = await sessionDriver(dir);
  doc = (await a.call('addDocument', { title: 'Заявление', text })).id;
  const a1 = await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  const a2 = await a.call('createAnnotation', {
    documentId: doc,
    tagId: 'proposal',
    ...span('Министр предложил меры'),
  });
  linkId = (await a.call('createLink', { fromId: a1.id, toId: a2.id, typeId: 'supports' })).id;
  await a.session.close();
  side = await sessionDriver(dir, bea);
  await side.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  await side.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Министр предложил меры') });
});
afterEach(async () => {
  await side.session.close();
  await cleanup();
});

const query = () => ({ documentId: doc, coderIds, unit: exact });
const curation = () => side.call('getCuration', { documentId: doc, coderIds, unit: exact });
const curatedLinks = () => side.session.store.links().filter((l) => l.coderId === CURATED_CODER_ID);
const snapshot = () => ({
  decisions: structuredClone(side.session.store.curationDecisions()),
  links: structuredClone(curatedLinks()),
  curated: side.session.store.annotationsOf(doc).filter((x) => x.coderId === CURATED_CODER_ID),
});

describe('deciding a unit again with a taken link on its result', () => {
  it('ends the take with the link (replaced by the new decision, shown in the log and CSV); undo/redo exact', async () => {
    const c0 = await curation();
    const [first, second] = c0.comparison.units;
    if (!first || !second) throw new Error('no units');
    await side.call('decideUnit', {
      query: query(),
      members: first.members,
      action: { kind: 'take', coderId: testCoder.id },
      reason: why,
    });
    const tookSecond = await side.call('decideUnit', {
      query: query(),
      members: second.members,
      action: { kind: 'take', coderId: testCoder.id },
      reason: why,
    });
    const taken = await side.call('decideLink', { linkId, action: 'take', reason: why });
    expect(curatedLinks().map((l) => l.id)).toEqual([taken.decision.resultId]);
    const before = snapshot();

    // The second unit again, its tag edited: its old result goes, and with it the curated link and its take.
    const again = await side.call('decideUnit', {
      query: query(),
      members: second.members,
      action: {
        kind: 'take-edited',
        coderId: testCoder.id,
        version: { ...span('Министр предложил меры'), tagId: 'claim' },
        fieldsFrom: { tag: bea.id },
      },
      reason: { text: 'тег Беатрисы точнее', quickReasons: [] },
    });
    expect(again.decision.replaces).toEqual([tookSecond.decision.id, taken.decision.id]);
    expect(again.change.removedLinks).toEqual([taken.decision.resultId]);
    expect(curatedLinks()).toEqual([]);
    const standing = currentDecisions(side.session.store.curationDecisions()).map((d) => d.id);
    expect(standing).not.toContain(taken.decision.id);
    expect(standing).toContain(again.decision.id);
    // The coder's link is undecided again, its ends curated: it can be taken anew (open).
    const c1 = await curation();
    const curatedSecond = again.decision.resultId;
    expect(c1.links.find((l) => l.link.id === linkId)).toMatchObject({
      decisionId: null,
      curatedLinkId: null,
      curatedTo: curatedSecond,
    });
    expect(c1.units[1]).toMatchObject({ state: 'decided', decisionIds: [again.decision.id] });

    // The log: the take is shown replaced by the unit decision.
    const log = await side.call('listDecisions', { filter: { documentId: doc } });
    const takeRow = log.rows.find((r) => r.decision.id === taken.decision.id);
    expect(takeRow).toMatchObject({ replacedBy: again.decision.id, conflict: false });
    const out = join(dir, 'log.csv');
    const to = side.session.files.grantSave(out, 'log.csv');
    await side.call('exportDecisionLog', { filter: { kind: 'link-take' }, to });
    const { rows } = readCsv(new Uint8Array(await readFile(out)));
    const row = Object.fromEntries(decisionLogColumns.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({ decision_id: taken.decision.id, replaced_by: again.decision.id });
    const after = snapshot();

    // One undo step brings the link and its take back exactly; redo ends them again.
    await side.call('undo', {});
    expect(snapshot()).toEqual(before);
    expect((await curation()).links.find((l) => l.link.id === linkId)).toMatchObject({
      decisionId: taken.decision.id,
      curatedLinkId: taken.decision.resultId,
    });
    await side.call('redo', {});
    expect(snapshot()).toEqual(after);

    // Taken anew, between the new curated ends.
    const retaken = await side.call('decideLink', { linkId, action: 'take', reason: why });
    expect(retaken.decision.replaces).toBeUndefined();
    expect(curatedLinks()).toMatchObject([{ toId: curatedSecond }]);
  });

  it('a link crossing into another document: its take, anchored there, shows replaced in that document’s log', async () => {
    const other = 'Депутат возразил министру.';
    const doc2 = (await side.call('addDocument', { title: 'Второй', text: other })).id;
    const there = await side.call('createAnnotation', { documentId: doc2, tagId: 'claim', start: 0, end: 16 });
    const [, second] = (await curation()).comparison.units;
    const b2 = second?.members[1];
    if (!second || !b2) throw new Error('no unit');
    const crossing = await side.call('createLink', { fromId: there.id, toId: b2, typeId: 'supports' });
    const take = (documentId: string, members: (string | null)[]) =>
      side.call('decideUnit', {
        query: { documentId, coderIds, unit: exact },
        members,
        action: { kind: 'take', coderId: bea.id },
        reason: why,
      });
    await take(doc, second.members);
    await take(doc2, [null, there.id]);
    const taken = await side.call('decideLink', { linkId: crossing.id, action: 'take', reason: why });
    expect(taken.decision.documentId).toBe(doc2);
    const again = await side.call('decideUnit', {
      query: query(),
      members: second.members,
      action: { kind: 'reject-all' },
      reason: why,
    });
    expect(again.decision.replaces).toContain(taken.decision.id);
    const log = await side.call('listDecisions', { filter: { documentId: doc2 } });
    expect(log.rows.map((r) => [r.decision.kind, r.replacedBy])).toEqual([
      ['link-take', again.decision.id],
      ['take', null],
    ]);
    expect(log.total).toBe(2);
  });

  it('a rejected link is not touched: its decision stands when an end is decided again', async () => {
    const [first, second] = (await curation()).comparison.units;
    if (!first || !second) throw new Error('no units');
    for (const unit of [first, second])
      await side.call('decideUnit', {
        query: query(),
        members: unit.members,
        action: { kind: 'take', coderId: testCoder.id },
        reason: why,
      });
    const rejected = await side.call('decideLink', { linkId, action: 'reject', reason: why });
    const again = await side.call('decideUnit', {
      query: query(),
      members: second.members,
      action: { kind: 'reject-all' },
      reason: why,
    });
    expect(again.decision.replaces).not.toContain(rejected.decision.id);
    expect(currentDecisions(side.session.store.curationDecisions()).map((d) => d.id)).toContain(rejected.decision.id);
  });
});
