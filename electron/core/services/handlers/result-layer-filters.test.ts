import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../../../cli/testing/cli-runs.ts';
import { takeSnapshot } from '../../bundles/export-snapshot.ts';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { CURATED_CODER_ID, curatedCoder } from '../../../../shared/curation/curation-types.ts';
import type { Annotation, Stance } from '../../../../shared/model/annotation.ts';
import type { Link } from '../../../../shared/model/link.ts';
import { annotationEdit } from '../../store/record-edit.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

/**
 * The result layer: every call the result views make (search, concepts,
 * networks, links) and every export read the curated layer alone when asked
 * for it. The project holds the test coder's layer and a curated layer
 * that decided differently (another stance, one statement left out, its own
 * link), written as curation writes it: the layer with its coder entry in
 * one edit. Expected values are read off the hand-made layers.
 */
const text = 'Токаев предложил программу ШОС. Рахмон поддержал программу. Эксперт Иванов выступил против программы.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

let t: TestSession;
let documentId: string;
let conceptId: string;
let tokayev: string;
let rakhmon: string;
let mine: Annotation[];
let curated: Annotation[];

beforeEach(async () => {
  t = await openTestSession();
  documentId = (await t.call('addDocument', { title: 'Саммит ШОС', text, metadata: { date: '2024-07-04' } })).id;
  conceptId = (await t.call('createConcept', { name: 'Программа ШОС 2025–2027' })).id;
  tokayev = (await t.call('createActor', { name: 'Токаев', type: 'person' })).actor.id;
  rakhmon = (await t.call('createActor', { name: 'Рахмон', type: 'person' })).actor.id;
  const statement = async (words: string, speakerId: string, stance: Stance) => {
    const a = await t.call('createAnnotation', { documentId, tagId: 'proposal', ...span(words), speakerId, stance });
    return t.call('updateAnnotation', { annotationId: a.id, conceptId });
  };
  mine = [
    await statement('предложил программу ШОС', tokayev, 'supports'),
    await statement('поддержал программу', rakhmon, 'supports'),
    await statement('выступил против программы', rakhmon, 'opposes'),
  ];
  const typeId = (await t.call('listLinkTypes', {}))[0]!.id;
  await t.call('createLink', { fromId: mine[0]!.id, toId: mine[1]!.id, typeId });
  // The curated layer: Токаев's statement taken, Рахмон's made an opposition, the third rejected.
  const copy = (words: string, id: string, speakerId: string, stance: Stance): Annotation => ({
    ...annotateSpan(text, { id, documentId, coderId: CURATED_CODER_ID, tagId: 'proposal', ...span(words) }),
    speakerId,
    stance,
    conceptId,
  });
  curated = [
    copy('предложил программу ШОС', 'cur-1', tokayev, 'supports'),
    copy('поддержал программу', 'cur-2', rakhmon, 'opposes'),
  ];
  const now = new Date().toISOString();
  const link: Link = {
    id: 'cur-link',
    fromId: 'cur-2',
    toId: 'cur-1',
    typeId,
    coderId: CURATED_CODER_ID,
    note: '',
    created: now,
    modified: now,
  };
  await t.session.store.commit({
    ...annotationEdit(curated),
    links: [{ id: link.id, after: link }],
    coders: [{ id: CURATED_CODER_ID, after: curatedCoder }],
  });
});
afterEach(() => t.close());

describe('the curated layer as the result', () => {
  it('search finds only its annotations when asked; every layer otherwise', async () => {
    const only = await t.call('searchAnnotations', { query: 'программу', coderId: CURATED_CODER_ID });
    expect(only.rows.map((r) => r.annotation.id)).toEqual(['cur-1', 'cur-2']);
    expect(only.total).toBe(2);
    const every = await t.call('searchAnnotations', { query: 'программу' });
    expect(every.total).toBe(5);
    // By actor, within the layer: Рахмон speaks once there, twice in mine (three times in all).
    expect((await t.call('searchAnnotations', { query: '', actorId: rakhmon, coderId: 'curated' })).total).toBe(1);
    expect((await t.call('searchAnnotations', { query: '', actorId: rakhmon })).total).toBe(3);
    // A layer that holds nothing is no error: nothing matches.
    expect((await t.call('searchAnnotations', { query: 'программу', coderId: 'nobody' })).total).toBe(0);
  });

  it('concepts count, and the timeline lists, its statements alone', async () => {
    expect((await t.call('listConcepts', { coderId: CURATED_CODER_ID }))[0]).toMatchObject({ statementCount: 2 });
    expect((await t.call('listConcepts', {}))[0]).toMatchObject({ statementCount: 5 });
    const timeline = await t.call('getConceptTimeline', { conceptId, coderId: CURATED_CODER_ID });
    expect(timeline.statements.map((r) => [r.annotation.id, r.annotation.stance])).toEqual([
      ['cur-1', 'supports'],
      ['cur-2', 'opposes'],
    ]);
    expect((await t.call('getConceptTimeline', { conceptId })).statements).toHaveLength(5);
  });

  it('networks are built from its statements and links alone', async () => {
    const network = await t.call('getNetwork', { kind: 'actor-concept', coderId: CURATED_CODER_ID });
    const edges = network.edges.map((e) => [e.source, e.target, e.stance, e.weight]).sort();
    expect(edges).toEqual(
      [
        [tokayev, conceptId, 'supports', 1],
        [rakhmon, conceptId, 'opposes', 1],
      ].sort(),
    );
    const links = await t.call('getNetwork', { kind: 'links', coderId: CURATED_CODER_ID });
    expect(links.edges.map((e) => [e.source, e.target])).toEqual([['cur-2', 'cur-1']]);
    const conflict = await t.call('getNetwork', { kind: 'conflict', coderId: CURATED_CODER_ID });
    expect(conflict.edges).toHaveLength(1);
  });

  it('the Links view’s list holds its links alone when asked', async () => {
    expect((await t.call('listLinks', { coderId: CURATED_CODER_ID })).map((r) => r.link.id)).toEqual(['cur-link']);
    expect(await t.call('listLinks', {})).toHaveLength(2);
  });

  it('exports of the curated layer take its annotations and links, no one else’s', async () => {
    const snapshot = takeSnapshot(t.session.store, {
      documents: { all: true },
      layers: { coderIds: [CURATED_CODER_ID] },
    });
    expect(snapshot.coders).toEqual([curatedCoder]);
    expect([...(snapshot.documents[0]?.layers.keys() ?? [])]).toEqual([CURATED_CODER_ID]);
    expect(snapshot.documents[0]?.layers.get(CURATED_CODER_ID)?.map((a) => a.id)).toEqual(['cur-1', 'cur-2']);
    expect([...snapshot.links.values()].flat().map((l) => l.id)).toEqual(['cur-link']);
  });

  it('the CLI exports the curated layer with --layer curated (by id or by its name)', async () => {
    await t.session.close();
    for (const layer of [CURATED_CODER_ID, curatedCoder.name]) {
      const out = join(t.dir, `curated-${layer}.graphml`);
      const run = await runCliIn(join(t.dir, '.cli-config'), [
        'export',
        '--project',
        t.dir,
        '--format',
        'graphml',
        '--out',
        out,
        '--layer',
        layer,
      ]);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      // Two actors and the concept; Рахмон's edge opposes (mine has him both supporting and opposing).
      expect(run.out).toContain('3 nodes, 2 edges');
      const graphml = await readFile(out, 'utf8');
      expect(graphml.match(/<edge /g)).toHaveLength(2);
    }
  });
});
