import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyRecords } from '../shared/model/store-json.ts';
import { annotateSpan } from '../shared/anchoring/annotate-span.ts';
import type { Actor } from '../shared/model/actor.ts';
import type { Annotation } from '../shared/model/annotation.ts';
import { defaultCodebook } from '../shared/model/codebook.ts';
import { SCHEMA_VERSION } from '../shared/model/project.ts';

const words = (
  'безопасность сотрудничество терроризм экстремизм государство программа меры угроза граница региона ' +
  'совещание министр заявил предложил поддержал организация договор обмен данными информация служба ' +
  'противодействие вербовка сеть молодёжь профилактика суд решение стратегия союзник партнёр'
).split(' ');

/** Deterministic pseudo-random numbers, so every run measures the same data. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Cyrillic prose of about `length` characters in `paragraphs` lines. */
export function cyrillicText(length: number, paragraphs: number, random: () => number): string {
  const perParagraph = Math.ceil(length / paragraphs);
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    let line = '';
    while (line.length < perParagraph) {
      const word = words[Math.floor(random() * words.length)] as string;
      line += line ? ` ${word}` : word[0]?.toUpperCase() + word.slice(1);
      if (random() < 0.08) line += '.';
    }
    lines.push(`${line}.`);
  }
  return lines.join('\n');
}

/** `count` annotations spread over the text, a few words long each, on word boundaries. */
export function spreadAnnotations(documentId: string, text: string, count: number, random: () => number): Annotation[] {
  const now = new Date().toISOString();
  const out: Annotation[] = [];
  const tags = ['claim', 'proposal', 'actor-mention'];
  for (let i = 0; i < count; i++) {
    let start = Math.floor(random() * (text.length - 80));
    while (start > 0 && text[start - 1] !== ' ') start--;
    const end = Math.min(text.length, start + 10 + Math.floor(random() * 60));
    const tagId = tags[i % 3] as string;
    out.push(annotateSpan(text, { id: randomUUID(), documentId, coderId: 'bench-coder', tagId, start, end }, now));
  }
  return out;
}

export interface GeneratedDocument {
  id: string;
  title: string;
  text: string;
  annotations: Annotation[];
}

/**
 * Writes a project folder in Glossator's layout directly (no fsync: this is
 * test data, written fast), for the store and the app to open.
 */
export function writeProject(
  dir: string,
  documents: Iterable<GeneratedDocument>,
  actors: Actor[] = [],
  coders: Array<{ id: string; name: string }> = [{ id: 'bench-coder', name: 'Bench' }],
): void {
  mkdirSync(join(dir, 'documents'), { recursive: true });
  const created = new Date().toISOString();
  writeFileSync(
    join(dir, 'project.json'),
    JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      id: randomUUID(),
      name: 'Benchmark project',
      created,
      codebook: defaultCodebook(),
      coders,
    }),
  );
  if (actors.length) {
    writeFileSync(join(dir, 'actors.json'), stringifyRecords({ schemaVersion: SCHEMA_VERSION, actors }));
  }
  for (const doc of documents) {
    const folder = join(dir, 'documents', doc.id);
    mkdirSync(folder);
    const info = { id: doc.id, title: doc.title, metadata: { language: 'ru' }, created, textLength: doc.text.length };
    writeFileSync(
      join(folder, 'document.json'),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, document: info }, null, 2),
    );
    writeFileSync(
      join(folder, 'text.json'),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, text: doc.text, originalText: doc.text }, null, 2),
    );
    // One layer file per coder, as the store writes them (format 4).
    const coders = new Set(doc.annotations.map((a) => a.coderId));
    for (const coderId of coders) {
      const annotations = doc.annotations.filter((a) => a.coderId === coderId);
      writeFileSync(
        join(folder, `annotations.${coderId}.json`),
        stringifyRecords({ schemaVersion: SCHEMA_VERSION, documentId: doc.id, coderId, annotations }),
      );
    }
  }
}

/** A corpus of `count` documents of about `length` characters with `perDocument` annotations each. */
export function* corpus(count: number, length: number, perDocument: number, seed = 1): Generator<GeneratedDocument> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i).padStart(5, '0')}`;
    const text = cyrillicText(length, 6, random);
    yield { id, title: `Документ ${i + 1}`, text, annotations: spreadAnnotations(id, text, perDocument, random) };
  }
}

/** A registry actor for generated data. */
export function benchActor(id: string, name: string): Actor {
  const now = new Date().toISOString();
  return { id, name, type: 'person', aliases: [], affiliations: [], notes: '', created: now, modified: now };
}

/**
 * `count` documents in which `mentionsPerDocument` annotations name actor
 * `actorId` (and the rest name nobody): the actor view's worst realistic case.
 */
export function* corpusMentioning(
  actorId: string,
  count: number,
  mentionsPerDocument: number,
): Generator<GeneratedDocument> {
  for (const doc of corpus(count, 3_000, 6, 11)) {
    doc.annotations = doc.annotations.map((a, i) =>
      i < mentionsPerDocument ? { ...a, tagId: 'actor-mention', actorId } : a,
    );
    yield doc;
  }
}
