import { createHash } from 'node:crypto';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Link } from '../../../shared/model/link.ts';
import { ProjectStore } from '../store/project-store.ts';
import { addTestDocument, openTestStore, testAnnotation, testCoder } from './open-test-store.ts';

/** The multi-file change kinds the crash trials kill mid-way. */
export const crashKinds = [
  'editText',
  'mergeTags',
  'deleteTag',
  'mergeActors',
  'deleteLinkType',
  'updateDocuments',
  'deleteDocuments',
] as const;
export type CrashKind = (typeof crashKinds)[number];

const sentence = (i: number) =>
  `${i}. Государства региона договорились расширить обмен данными о деятельности экстремистских групп. `;

/**
 * A project that every change kind of the trials touches in several files:
 * a long document and three short ones, claims and proposals in all of
 * them, two actors with mentions and statements, links of one type.
 */
export async function seedCrashProject(dir: string, longLength = 120_000, longAnnotations = 600): Promise<void> {
  const store = await openTestStore(dir);
  try {
    const now = new Date().toISOString();
    const actor = (id: string, name: string): Actor => ({
      id,
      name,
      type: 'person',
      aliases: [],
      affiliations: [],
      notes: '',
      created: now,
      modified: now,
    });
    await store.commit({
      actors: [
        { id: 'actor-a', after: actor('actor-a', 'Касым-Жомарт Токаев') },
        { id: 'actor-b', after: actor('actor-b', 'Еркин Тукумов') },
      ],
    });
    const docs: Array<{ id: string; text: string; count: number }> = [
      { id: 'doc-a', text: longText(longLength), count: longAnnotations },
      { id: 'doc-b', text: longText(3_000), count: 20 },
      { id: 'doc-c', text: longText(3_000), count: 20 },
      { id: 'doc-d', text: longText(3_000), count: 20 },
    ];
    const all: Annotation[] = [];
    for (const doc of docs) {
      await addTestDocument(store, doc.id, doc.text);
      const step = Math.floor((doc.text.length - 40) / doc.count);
      const annotations: Annotation[] = [];
      for (let i = 0; i < doc.count; i++) {
        const start = i * step;
        const a = testAnnotation(doc.id, doc.text, start, start + 12 + (i % 20), `${doc.id}-${i}`);
        if (i % 5 === 0) annotations.push({ ...a, tagId: 'actor-mention', actorId: i % 2 ? 'actor-a' : 'actor-b' });
        else if (i % 2) annotations.push({ ...a, tagId: 'proposal', speakerId: 'actor-a', stance: 'supports' });
        else annotations.push({ ...a, speakerId: 'actor-b' });
      }
      await store.commit({ annotations: annotations.map((a) => ({ id: a.id, documentId: doc.id, after: a })) });
      all.push(...annotations);
    }
    const links: Link[] = [];
    for (let i = 0; i + 1 < all.length && links.length < 40; i += 17) {
      const from = all[i] as Annotation;
      const to = all[i + 1] as Annotation;
      links.push({
        id: `link-${i}`,
        fromId: from.id,
        toId: to.id,
        typeId: 'cites',
        coderId: testCoder.id,
        note: '',
        created: now,
        modified: now,
      });
    }
    await store.commit({ links: links.map((l) => ({ id: l.id, after: l })) });
  } finally {
    await store.close();
  }
}

function longText(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += sentence(i);
  return text;
}

/**
 * A hash of everything the project holds, texts included: two stores with
 * the same fingerprint hold the same work. Also checks that every quote
 * still matches its text (throws otherwise).
 */
export async function projectFingerprint(store: ProjectStore): Promise<string> {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const documents = [];
  for (const info of byId(store.listDocumentInfos())) {
    const { text } = await store.text(info.id);
    const annotations = byId(store.annotationsOf(info.id));
    for (const a of annotations) {
      if (!a.orphaned && text.slice(a.start, a.end) !== a.quote.exact) {
        throw new Error(`annotation ${a.id} of ${info.id} no longer matches its text`);
      }
    }
    documents.push({ info, text, annotations });
  }
  const state = {
    codebook: store.codebook(),
    actors: byId(store.actors()),
    linkTypes: store.linkTypes(),
    links: byId(store.links()),
    concepts: byId(store.concepts()),
    documents,
  };
  return createHash('sha256').update(canonicalJson(state)).digest('hex');
}

/** JSON with every object's keys in order: the same records give the same text, however they were built. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export { ProjectStore };
