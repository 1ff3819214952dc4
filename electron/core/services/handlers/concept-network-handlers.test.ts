import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { exported } from '../../testing/test-files.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
const validators = resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'validators', 'graphml');
const validatorsMissing = existsSync(validators) ? null : `${validators} is absent`;
if (validatorsMissing) console.log(`concept-network-handlers: GraphML validation skipped: ${validatorsMissing}.`);

const text =
  'Токаев предложил программу ШОС. Рахмон поддержал программу. Эксперт <b>Иванов</b> выступил против программы.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
let doc: DocumentSummary;

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Саммит', text, metadata: { date: '2024-07-04' } });
});
afterEach(() => t.close());

async function actor(name: string) {
  return (await t.call('createActor', { name, type: 'person' })).actor;
}

async function statement(
  words: string,
  speakerId: string,
  conceptId: string,
  stance: 'supports' | 'opposes',
  date?: string,
) {
  const a = await t.call('createAnnotation', {
    documentId: doc.id,
    tagId: 'proposal',
    ...span(words),
    speakerId,
    stance,
  });
  return t.call('updateAnnotation', { annotationId: a.id, conceptId, ...(date ? { statementDate: date } : {}) });
}

describe('concepts', () => {
  it('groups statements, lists them in date order, and deleting the concept ungroups them (undoable)', async () => {
    const concept = await t.call('createConcept', { name: 'Программа ШОС 2025–2027' });
    expect((await t.fail('createConcept', { name: 'программа шос 2025–2027' })).code).toBe('conflict');
    expect((await t.fail('createConcept', { name: 'Программа  ШОС 2025–2027 ' })).code).toBe('conflict');
    const tokayev = await actor('Токаев');
    const rakhmon = await actor('Рахмон');
    await statement('поддержал программу', rakhmon.id, concept.id, 'supports', '2024-07-05');
    await statement('предложил программу ШОС', tokayev.id, concept.id, 'supports', '2024-03-14');
    const timeline = await t.call('getConceptTimeline', { conceptId: concept.id });
    expect(timeline.statements.map((r) => r.annotation.quote.exact)).toEqual([
      'предложил программу ШОС',
      'поддержал программу',
    ]);
    expect((await t.call('listConcepts', {}))[0]).toMatchObject({ statementCount: 2 });
    await t.call('deleteConcept', { conceptId: concept.id });
    expect((await t.call('listAnnotations', { documentId: doc.id })).every((a) => !a.conceptId)).toBe(true);
    await t.call('undo', {});
    expect((await t.call('listAnnotations', { documentId: doc.id })).filter((a) => a.conceptId)).toHaveLength(2);
    expect(
      (await t.fail('updateAnnotation', { annotationId: timeline.statements[0]!.annotation.id, conceptId: 'nope' }))
        .code,
    ).toBe('not-found');
  });
});

describe('concept timeline dates', () => {
  it('orders by the statement’s date, else its document’s as typed (DD.MM.YYYY, ISO with a time), undated last', async () => {
    const concept = await t.call('createConcept', { name: 'Программа ШОС' });
    const speaker = await actor('Токаев');
    const claim = async (date: string | null, statementDate?: string) => {
      const where = date
        ? await t.call('addDocument', { title: date, text, metadata: { date } })
        : await t.call('addDocument', { title: 'без даты', text, metadata: { date: 'вчера' } });
      const a = await t.call('createAnnotation', {
        documentId: where.id,
        tagId: 'proposal',
        ...span('поддержал программу'),
        speakerId: speaker.id,
        stance: 'supports',
      });
      await t.call('updateAnnotation', {
        annotationId: a.id,
        conceptId: concept.id,
        ...(statementDate ? { statementDate } : {}),
      });
      return a.id;
    };
    const undated = await claim(null);
    const october = await claim('2023-10-01T09:00');
    const russian = await claim('08.09.2023');
    const ownDate = await claim('2024-07-04', '2023-09');
    const timeline = await t.call('getConceptTimeline', { conceptId: concept.id });
    expect(timeline.statements.map((r) => r.annotation.id)).toEqual([ownDate, russian, october, undated]);
  });
});

describe('networks', () => {
  it('builds actor–concept, congruence and conflict networks, filtered by date, and exports valid GraphML', async () => {
    const concept = await t.call('createConcept', { name: 'Программа ШОС & <партнёры>' });
    const tokayev = await actor('Токаев');
    const rakhmon = await actor('Рахмон');
    const expert = await actor('Эксперт <b>Иванов</b>');
    await statement('предложил программу ШОС', tokayev.id, concept.id, 'supports', '2024-03-14');
    await statement('поддержал программу', rakhmon.id, concept.id, 'supports');
    await statement('выступил против программы', expert.id, concept.id, 'opposes', '2024-08');

    const twoMode = await t.call('getNetwork', { kind: 'actor-concept' });
    expect(twoMode.nodes).toHaveLength(4);
    expect(twoMode.edges.map((e) => e.stance).sort()).toEqual(['opposes', 'supports', 'supports']);
    // Rakhmon's statement has no date of its own: the document's (2024-07-04) counts.
    expect(twoMode.edges.find((e) => e.source === rakhmon.id)?.firstDate).toBe('2024-07-04');
    const congruence = await t.call('getNetwork', { kind: 'congruence' });
    expect(congruence.edges.map((e) => [e.source, e.target].sort().join('+'))).toEqual([
      [rakhmon.id, tokayev.id].sort().join('+'),
    ]);
    const conflict = await t.call('getNetwork', { kind: 'conflict' });
    expect(conflict.edges).toHaveLength(2);
    const before = await t.call('getNetwork', { kind: 'actor-concept', to: '2024-06' });
    expect(before.edges.map((e) => e.source)).toEqual([tokayev.id]);

    const { text: graphml } = await exported(t.session.files, 'n.graphml', (to) =>
      t.call('exportGraphml', { query: { kind: 'actor-concept' }, to }),
    );
    expect(graphml).toContain('Эксперт &lt;b&gt;Иванов&lt;/b&gt;');
    expect(graphml).toContain('Программа ШОС &amp; &lt;партнёры&gt;');
    // The Export… dialog's GraphML: the network of the documents and layers chosen, not the whole project's.
    const scoped = async (documents: { all: true } | { ids: string[] }) =>
      (
        await exported(t.session.files, 's.graphml', (to) =>
          t.call('exportGraphml', {
            query: { kind: 'actor-concept' },
            to,
            scope: { documents, layers: { all: true } },
          }),
        )
      ).text;
    expect(await scoped({ all: true })).toContain('Программа ШОС &amp; &lt;партнёры&gt;');
    expect(await scoped({ ids: [] })).not.toContain('Программа ШОС');
    if (!validatorsMissing) {
      const file = join(t.dir, 'net.graphml');
      await writeFile(file, graphml);
      execFileSync('sh', [join(validators, 'validate-graphml.sh'), file], { stdio: 'pipe' });
      const read = execFileSync('/usr/bin/python3', [join(validators, 'read-networkx.py'), file]).toString();
      expect(read).toMatch(/OK .*4 nodes, 3 edges/);
      expect(read).toMatch(/edge value types \['float', 'str'\]/);
    }
  });

  it('draws the graph of linked statements, skipping broken links', async () => {
    const a = await t.call('createAnnotation', {
      documentId: doc.id,
      tagId: 'proposal',
      ...span('предложил программу ШОС'),
    });
    const b = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('поддержал программу') });
    const c = await t.call('createAnnotation', {
      documentId: doc.id,
      tagId: 'claim',
      ...span('выступил против программы'),
    });
    await t.call('createLink', { fromId: b.id, toId: a.id, typeId: 'supports' });
    await t.call('createLink', { fromId: c.id, toId: a.id, typeId: 'contradicts' });
    await t.call('deleteAnnotation', { annotationId: c.id, withLinks: false }).catch(() => {});
    const links = await t.call('getNetwork', { kind: 'links' });
    expect(links.edges.map((e) => e.linkType).sort()).toEqual(['Contradicts', 'Supports']);
    const only = await t.call('getNetwork', { kind: 'links', linkTypeId: 'supports' });
    expect(only.nodes.map((n) => n.label).sort()).toEqual(['поддержал программу', 'предложил программу ШОС']);
    const { text: graphml } = await exported(t.session.files, 'n.graphml', (to) =>
      t.call('exportGraphml', { query: { kind: 'links' }, to }),
    );
    expect(graphml).toContain('edgedefault="directed"');
  });
});
