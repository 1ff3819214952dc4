import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { inEnglish } from '../../../../shared/i18n/in-english.ts';
import { message } from '../../../../shared/i18n/message.ts';
import { wordMessage } from '../../../../shared/i18n/word.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import { exportBundle } from '../../bundles/bundle-export.ts';
import { readBundle } from '../../bundles/read-bundle.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';

/**
 * Codebook edits against the curated layer: deleting a tag with its
 * annotations must not take curated annotations (the decisions would name a
 * result that exists nowhere); moving or merging the tag relabels them and
 * the decisions stay whole.
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
let resultId: string;
let decisionId: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const a = await sessionDriver(dir);
  doc = (await a.call('addDocument', { title: 'Первый', text })).id;
  await a.call('createAnnotation', {
    documentId: doc,
    tagId: 'proposal-cooperation',
    ...span('Министр предложил меры'),
  });
  await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Депутат возразил') });
  await a.session.close();
  b = await sessionDriver(dir, coderB);
  await b.call('createAnnotation', { documentId: doc, tagId: 'proposal', ...span('Министр предложил меры') });
  const unit = (await curation()).comparison.units[0];
  if (!unit) throw new Error('no unit');
  const took = await b.call('decideUnit', {
    query: { documentId: doc, coderIds, unit: exact },
    members: unit.members,
    action: { kind: 'take', coderId: testCoder.id },
    reason: why,
  });
  resultId = took.decision.resultId as string;
  decisionId = took.decision.id;
});
afterEach(async () => {
  await b.session.close();
  await cleanup();
});

const curation = () => b.call('getCuration', { documentId: doc, coderIds, unit: exact });
const curatedTags = async () => (await curation()).curated.map((x) => [x.id, x.tagId]);

/** The decision on the first unit is current, names `resultId`, and the unit is decided by it. */
async function expectDecisionWhole(tagId: string) {
  const c = await curation();
  expect(c.curated.map((x) => [x.id, x.coderId, x.tagId])).toEqual([[resultId, CURATED_CODER_ID, tagId]]);
  expect(c.decisions.map((d) => [d.id, d.resultId])).toEqual([[decisionId, resultId]]);
  expect(c.units[0]).toMatchObject({ state: 'decided', curatedIds: [resultId] });
  // The project's own bundle reads back (the curation check refused a result that exists nowhere).
  const path = join(dir, '..', `check-${Date.now()}.glossator`);
  await exportBundle(b.session.store, { documents: { all: true }, layers: { all: true } }, path);
  const contents = await readBundle(path);
  try {
    expect(contents.curation?.decisions.map((d) => d.resultId)).toEqual([resultId]);
  } finally {
    await contents.close();
  }
}

describe('deleting a tag the curated layer uses', () => {
  it('is refused with its annotations, naming how many curated ones; nothing changes (codebook, layers, decisions)', async () => {
    const before = await b.call('getTagUsage', {});
    const refused = await b.fail('deleteTag', { tagId: 'proposal', deleteAnnotations: true });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^1 curated annotation uses the tag Proposal or its sub-tags/);
    expect(refused.message).toContain('decide that unit again with another tag');
    // The sub-tag alone too: the curated copy is of A's sub-tag.
    expect((await b.fail('deleteTag', { tagId: 'proposal-cooperation', deleteAnnotations: true })).code).toBe(
      'conflict',
    );
    expect(await b.call('getTagUsage', {})).toEqual(before);
    expect((await b.call('getCodebook', {})).tags.some((t) => t.id === 'proposal-cooperation')).toBe(true);
    await expectDecisionWhole('proposal-cooperation');
  });

  it('says so in Russian with real plurals (1, 3, 5 curated annotations)', () => {
    const ru = translator('ru');
    const say = (count: number) => wordMessage(ru, message('curation:error-tagUsedByCurated', { count, tag: 'X' }));
    expect(say(1)).toMatch(/^Тег X или его подтеги использует 1 аннотация итогового слоя/);
    expect(say(3)).toMatch(/^Тег X или его подтеги используют 3 аннотации итогового слоя/);
    expect(say(5)).toMatch(/^Тег X или его подтеги используют 5 аннотаций итогового слоя/);
    expect(inEnglish(message('curation:error-tagUsedByCurated', { count: 2, tag: 'X' }))).toMatch(
      /^2 curated annotations use the tag X or its sub-tags.*decide those units again with another tag/,
    );
  });

  it('is allowed once no curated annotation uses it (decided again with another tag); coders’ annotations go', async () => {
    const unit = (await curation()).comparison.units[0];
    if (!unit) throw new Error('no unit');
    const again = await b.call('decideUnit', {
      query: { documentId: doc, coderIds, unit: exact },
      members: unit.members,
      action: {
        kind: 'take-edited',
        coderId: testCoder.id,
        version: { ...span('Министр предложил меры'), tagId: 'claim' },
      },
      reason: why,
    });
    await b.call('deleteTag', { tagId: 'proposal', deleteAnnotations: true });
    const c = await curation();
    expect(c.curated.map((x) => [x.id, x.tagId])).toEqual([[again.decision.resultId, 'claim']]);
    expect(b.session.store.annotationsOf(doc).filter((x) => x.tagId.startsWith('proposal'))).toEqual([]);
  });

  it('moving its annotations to another tag relabels the curated one; the decision stays whole; undo puts it back', async () => {
    await b.call('deleteTag', { tagId: 'proposal', moveTo: 'claim' });
    await expectDecisionWhole('claim');
    await b.call('undo', {});
    expect(await curatedTags()).toEqual([[resultId, 'proposal-cooperation']]);
  });
});

describe('merging a tag the curated layer uses', () => {
  it('relabels the curated annotation (same id, same decision result); the unit stays decided; undo puts it back', async () => {
    await b.call('mergeTags', { fromId: 'proposal-cooperation', intoId: 'claim-threat-assessment' });
    await expectDecisionWhole('claim-threat-assessment');
    // A's version and the curated copy moved together: taking A's version again would give the same tag.
    const a = b.session.store
      .annotationsOf(doc)
      .find((x) => x.coderId === testCoder.id && x.start === span('Министр').start);
    expect(a?.tagId).toBe('claim-threat-assessment');
    await b.call('undo', {});
    expect(await curatedTags()).toEqual([[resultId, 'proposal-cooperation']]);
  });
});
