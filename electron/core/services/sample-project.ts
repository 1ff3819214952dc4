import { randomUUID } from 'node:crypto';
import sample from '../../../resources/sample-project.json' with { type: 'json' };
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Actor, ActorType } from '../../../shared/model/actor.ts';
import type { Stance } from '../../../shared/model/annotation.ts';
import { modelWord } from '../../../shared/model/codebook.ts';
import type { Link } from '../../../shared/model/link.ts';
import { fallbackLanguage, type Language } from '../../../shared/i18n/languages.ts';
import type { ProjectStore } from '../store/project-store.ts';

interface SampleAnnotation {
  documentId: string;
  tagId: string;
  exact: string;
  occurrence?: number;
  /** The actor a mention names. */
  actor?: string;
  speaker?: string;
  stance?: string;
  /** A name links use for it. */
  key?: string;
  /** The concept (an id of the sample's concepts) it is about. */
  concept?: string;
}

interface SampleLink {
  from: string;
  to: string;
  type: string;
  note: string;
}

interface SampleActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  notes: string;
  affiliation?: string;
  role?: string;
}

/**
 * Fills an empty project with the sample texts and a few annotations from
 * resources/sample-project.json, so a new user sees at once what the app is
 * for. Annotations are placed by quote: the file stays readable and correct
 * if a sample text is reworded. The project's name, the actors' notes, the
 * concepts and the links' notes are worded in `language` (`model:sample-…`
 * in the catalogs, by the sample's ids; the file's own words where the
 * catalogs have none); the texts, the quotes and the actors' names are the
 * sample's content and stay as they are.
 */
export async function addSampleContent(store: ProjectStore, language: Language = fallbackLanguage): Promise<void> {
  const word = (key: string, given: string) => {
    const worded = given ? modelWord(language, key) : given;
    return worded === key ? given : worded;
  };
  await store.rename(word('sample-name', sample.name));
  const created = new Date().toISOString();
  for (const [i, doc] of sample.documents.entries()) {
    // Distinct times keep the sample documents in their written order.
    const at = new Date(Date.parse(created) + i).toISOString();
    await store.addDocument(
      { id: doc.id, title: doc.title, metadata: doc.metadata, created: at, textLength: doc.text.length },
      { text: doc.text, originalText: doc.text },
    );
  }
  const actors = (sample.actors as SampleActor[]).map(
    (a): Actor => ({
      id: a.id,
      name: a.name,
      type: a.type as ActorType,
      aliases: a.aliases,
      affiliations: a.affiliation ? [{ organizationId: a.affiliation, role: a.role ?? '', from: null, to: null }] : [],
      notes: word(`sample-actorNotes-${a.id}`, a.notes),
      created,
      modified: created,
    }),
  );
  await store.commit({ actors: actors.map((a) => ({ id: a.id, after: a })) });
  // Concepts and links too, so that the Concepts and Network views are not empty on first run.
  const concepts = sample.concepts.map((c) => ({
    ...c,
    name: word(`sample-conceptName-${c.id}`, c.name),
    description: word(`sample-conceptDescription-${c.id}`, c.description),
    created,
    modified: created,
  }));
  await store.commit({ concepts: concepts.map((c) => ({ id: c.id, after: c })) });
  const keyed = new Map<string, string>();
  for (const a of sample.annotations as SampleAnnotation[]) {
    const text = sample.documents.find((d) => d.id === a.documentId)?.text ?? '';
    const start = nthIndexOf(text, a.exact, a.occurrence ?? 1);
    if (start < 0) throw new Error(`Sample annotation not found in ${a.documentId}: ${a.exact}`);
    const end = start + a.exact.length;
    const fields = {
      id: randomUUID(),
      documentId: a.documentId,
      coderId: store.coder.id,
      tagId: a.tagId,
      start,
      end,
      actorId: a.actor,
      speakerId: a.speaker,
      stance: a.stance as Stance | undefined,
    };
    const annotation = annotateSpan(text, fields, created);
    if (a.concept) annotation.conceptId = a.concept;
    if (a.key) keyed.set(a.key, annotation.id);
    await store.putAnnotation(annotation);
  }
  const links = (sample.links as SampleLink[]).map((l): Link => {
    const fromId = keyed.get(l.from);
    const toId = keyed.get(l.to);
    if (!fromId || !toId) throw new Error(`Sample link names an unknown annotation: ${l.from} → ${l.to}`);
    return {
      id: randomUUID(),
      fromId,
      toId,
      typeId: l.type,
      coderId: store.coder.id,
      note: word(`sample-linkNote-${l.from}-${l.to}`, l.note),
      created,
      modified: created,
    };
  });
  await store.commit({ links: links.map((l) => ({ id: l.id, after: l })) });
}

function nthIndexOf(text: string, exact: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
