import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import type { Actor } from '../../../../shared/model/actor.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { Concept } from '../../../../shared/model/concept.ts';
import type { Link } from '../../../../shared/model/link.ts';
import { normalizeText } from '../../../../shared/text/normalize-text.ts';
import { ProjectStore } from '../../store/project-store.ts';
import { annotationEdit } from '../../store/record-edit.ts';
import { testCoder } from '../../testing/open-test-store.ts';

export const colleague: Coder = { id: 'coder-colleague', name: 'Colleague' };

const when = '2026-11-30T10:00:00.000Z';

/** The originals as they arrived: emoji (two UTF-16 units each), Windows line ends, decomposed Cyrillic, a byte-order mark. */
export const bundleOriginals = {
  emoji: 'Stance 🙂 on the 🌍 pact: the ministry supports it. 👍',
  crlf: 'First line\r\nSecond line: the council opposes the plan.\r\nThird.',
  nfd: 'Глава государства заявил: «И\u0306 это важно». Министр поддерживает.'.normalize('NFD'),
  plain: 'A document whose layers are not exported.',
  bom: '\uFEFFA file that began with a byte-order mark.\r\n',
};

/**
 * A project of five documents, two coders' layers, an actor, a concept,
 * statements with speaker and stance, and links (one of them to a document
 * left out of a partial export), opened as testCoder.
 */
export async function seedBundleProject(dir: string): Promise<ProjectStore> {
  // The colleague opens the project once, so it knows them as a coder.
  await (await ProjectStore.open(dir, { coder: colleague })).close();
  const store = await ProjectStore.open(dir, { coder: testCoder });
  for (const [id, original] of Object.entries(bundleOriginals)) {
    const text = normalizeText(original);
    await store.addDocument(
      {
        id: `doc-${id}`,
        title: `Document ${id}`,
        metadata: { language: 'en' },
        created: when,
        textLength: text.length,
      },
      { text, originalText: original },
    );
  }
  const actor: Actor = {
    id: 'actor-ministry',
    name: 'Ministry',
    type: 'agency',
    aliases: ['the ministry'],
    affiliations: [],
    notes: '',
    created: when,
    modified: when,
  };
  const concept: Concept = { id: 'concept-pact', name: 'The pact', description: '', created: when, modified: when };
  await store.commit({ actors: [{ id: actor.id, after: actor }], concepts: [{ id: concept.id, after: concept }] });
  const span = async (documentId: string, coder: Coder, id: string, exact: string, extra: Partial<Annotation> = {}) => {
    const { text } = await store.text(documentId);
    const start = text.indexOf(exact);
    const a = annotateSpan(text, {
      id,
      documentId,
      coderId: coder.id,
      tagId: 'claim',
      start,
      end: start + exact.length,
    });
    return { ...a, created: when, modified: when, ...extra };
  };
  const annotations = [
    await span('doc-emoji', testCoder, 'a-emoji-1', '🌍 pact', {
      speakerId: actor.id,
      stance: 'supports',
      conceptId: concept.id,
    }),
    await span('doc-emoji', colleague, 'a-emoji-2', 'supports it. 👍', { tagId: 'proposal' }),
    await span('doc-crlf', testCoder, 'a-crlf-1', 'Second line', { tagId: 'actor-mention', actorId: actor.id }),
    await span('doc-nfd', colleague, 'a-nfd-1', normalizeText('«И\u0306 это важно»')),
    await span('doc-plain', testCoder, 'a-plain-1', 'layers'),
  ];
  await store.commit(annotationEdit(annotations));
  const link = (id: string, fromId: string, toId: string, coderId: string): Link => ({
    id,
    fromId,
    toId,
    typeId: 'supports',
    coderId,
    note: '',
    created: when,
    modified: when,
  });
  await store.commit({
    links: [
      { id: 'l-1', after: link('l-1', 'a-emoji-1', 'a-crlf-1', testCoder.id) },
      { id: 'l-2', after: link('l-2', 'a-emoji-2', 'a-nfd-1', colleague.id) },
      { id: 'l-3', after: link('l-3', 'a-crlf-1', 'a-plain-1', testCoder.id) },
    ],
  });
  return store;
}
