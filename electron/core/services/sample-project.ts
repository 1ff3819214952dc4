import { randomUUID } from 'node:crypto';
import sample from '../../../resources/sample-project.json' with { type: 'json' };
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Actor, ActorType } from '../../../shared/model/actor.ts';
import type { Stance } from '../../../shared/model/annotation.ts';
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
 * if a sample text is reworded.
 */
export async function addSampleContent(store: ProjectStore): Promise<void> {
  await store.rename(sample.name);
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
      notes: a.notes,
      created,
      modified: created,
    }),
  );
  await store.commit({ actors: actors.map((a) => ({ id: a.id, after: a })) });
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
    await store.putAnnotation(annotateSpan(text, fields, created));
  }
}

function nthIndexOf(text: string, exact: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
