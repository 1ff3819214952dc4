import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Tag } from '../../../shared/model/codebook.ts';
import { AnnotationSchema } from '../../../shared/model/annotation.ts';
import { TagSchema } from '../../../shared/model/codebook.ts';
import { LinkSchema } from '../../../shared/model/link.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { writeBrat } from './brat-export.ts';
import { readBrat } from './brat-import.ts';
import { bratAnnotations, bratInput, bratLinks, bratSnapshot, bratTexts } from './testing/brat-test-project.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

/**
 * A tag's path of names from the top, which is what a brat round trip keeps
 * of it — but a "|", visual.conf's separator, which comes back as "¦".
 */
function path(tags: readonly Tag[], id: string): string {
  const tag = tags.find((t) => t.id === id)!;
  const name = tag.name.replaceAll('|', '¦');
  return tag.parent ? `${path(tags, tag.parent)} › ${name}` : name;
}

async function roundTrip(): Promise<ForeignContents> {
  const file = join(dir, 'project.zip');
  await writeBrat(bratInput(), file);
  return readBrat(file, 'project.zip');
}

describe('brat round trip', () => {
  it('gives back the same coders, documents, spans, tags, statement fields and memos', async () => {
    const snapshot = bratSnapshot();
    const back = await roundTrip();
    expect(back.rejected).toEqual([]);
    expect(back.coders).toEqual(snapshot.coders);
    expect(back.documentInfos.map((d) => [d.id, d.title])).toEqual(
      snapshot.documents.map((d) => [d.info.id, d.info.title]),
    );
    for (const t of back.tags) TagSchema.parse(t);
    expect(back.tags.map((t) => path(back.tags, t.id)).sort()).toEqual(
      snapshot.tags.map((t) => path(snapshot.tags, t.id)).sort(),
    );
    expect(back.tags.map((t) => [t.name, t.kind]).sort()).toEqual(
      [
        ['Утверждение', 'statement'],
        ['<b>Причинное</b> & "то" ¦ иначе', 'statement'],
        ['Глубже', 'plain'],
        ['Актор', 'actor-mention'],
        ['актор!', 'plain'],
      ].sort(),
    );
    const key = (a: Annotation) => `${a.coderId} ${a.documentId} ${a.start} ${a.end}`;
    const exported = Object.values(bratAnnotations).filter((a) => !a.orphaned);
    const imported = new Map<string, Annotation>();
    for (const d of back.documentInfos) {
      const { text } = await back.document(d.id);
      expect(text).toBe(bratTexts[d.id]);
      for (const a of await back.annotations(d.id)) {
        AnnotationSchema.parse(a);
        expect(a.quote.exact).toBe(text.slice(a.start, a.end));
        imported.set(key(a), a);
      }
    }
    expect(imported.size).toBe(exported.length);
    for (const ours of exported) {
      const theirs = imported.get(key(ours))!;
      expect(theirs, ours.id).toBeDefined();
      expect(path(back.tags, theirs.tagId)).toBe(path(bratSnapshot().tags, ours.tagId));
      expect(theirs.note).toBe(ours.note);
      for (const field of ['stance', 'statementDate', 'speakerId', 'addresseeId', 'actorId', 'conceptId'] as const) {
        expect(theirs[field], `${ours.id}.${field}`).toBe(ours[field]);
      }
    }
    expect(back.actors.map((a) => [a.id, a.name]).sort()).toEqual(snapshot.actors.map((a) => [a.id, a.name]).sort());
    expect(back.concepts.map((c) => [c.id, c.name])).toEqual([['concept-pact', 'Пакт <2025>']]);
    // Spans over line ends come back whole.
    expect(back.notes.map((n) => [n.key, n.params?.count])).toEqual([['exchange:brat-noteJoinedLines', 2]]);
  });

  it('gives back the links inside one document and layer, with their notes', async () => {
    const back = await roundTrip();
    for (const l of back.links) LinkSchema.parse(l);
    const spans = new Map<string, Annotation>();
    for (const d of back.documentInfos) for (const a of await back.annotations(d.id)) spans.set(a.id, a);
    const ends = back.links.map((l) => {
      const from = spans.get(l.fromId)!;
      const to = spans.get(l.toId)!;
      return [l.coderId, from.quote.exact, to.quote.exact, back.linkTypes.find((t) => t.id === l.typeId)?.name, l.note];
    });
    const exact = (a: Annotation) => a.quote.exact;
    expect(ends.sort()).toEqual(
      [
        [bratLinks.inside.coderId, exact(bratAnnotations.a2), exact(bratAnnotations.a1), 'Отвечает на', 'связь <note>'],
        [bratLinks.borisInside.coderId, exact(bratAnnotations.b4), exact(bratAnnotations.b3), 'Отвечает на', ''],
      ].sort(),
    );
  });

  it('gives the same ids when read again (a re-import changes nothing)', async () => {
    const file = join(dir, 'project.zip');
    await writeBrat(bratInput(), file);
    const first = await readBrat(file, 'project.zip');
    const second = await readBrat(file, 'project.zip');
    const ids = async (c: ForeignContents) => [
      ...c.tags.map((t) => t.id),
      ...c.links.map((l) => l.id),
      ...(await Promise.all(c.documentInfos.map(async (d) => (await c.annotations(d.id)).map((a) => a.id)))).flat(),
    ];
    expect(await ids(second)).toEqual(await ids(first));
  });
});
