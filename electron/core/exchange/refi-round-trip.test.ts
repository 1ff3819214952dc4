import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { anna, boris, refiAnnotations, refiLinks, refiSnapshot, refiTags, refiTexts } from './refi-export.fixture.ts';
import { writeQdpx } from './refi-export.ts';
import { readQdpx } from './refi-import.ts';

/**
 * Our .qdpx read back by our REFI-QDA importer: the same texts, spans (in
 * UTF-16, through code points and back, emoji and all), tags with their
 * tree, colours and descriptions, coders as layers, memos and links. What
 * REFI-QDA cannot hold as such is checked to come back as said in the
 * README: statement fields as the lines of the Description, which the
 * importer reads back into fields (actors and concepts from the Cases); the
 * orphaned annotation is not there.
 */
const dir = mkdtempSync(join(tmpdir(), 'refi-round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(): Promise<{ read: ForeignContents; annotations: Annotation[] }> {
  const path = join(dir, 'round.qdpx');
  const text = async (id: string) => refiTexts[id] as string;
  await writeQdpx({ snapshot: refiSnapshot(), text, originalText: text, options: {} }, path);
  const read = await readQdpx(path, 'round.qdpx');
  try {
    const annotations: Annotation[] = [];
    for (const info of read.documentInfos) annotations.push(...(await read.annotations(info.id)));
    return { read, annotations };
  } finally {
    await read.close();
  }
}

const exported = Object.values(refiAnnotations).filter((a) => !a.orphaned);

describe('REFI-QDA round trip (refi-export → refi-import)', () => {
  it('gives back the documents, coders and the tag tree', async () => {
    const { read } = await roundTrip();
    expect(read.rejected).toEqual([]);
    expect(read.coders.map((c) => c.name).sort()).toEqual([anna.name, boris.name].sort());
    expect(read.layers).toHaveLength(2);
    const titles = new Map(read.documentInfos.map((d) => [d.id, d.title]));
    expect([...titles.values()]).toEqual(refiSnapshot().documents.map((d) => d.info.title));
    const nameOf = new Map(read.tags.map((t) => [t.id, t.name]));
    const tree = (
      tags: Array<{ name: string; parent: string | null; color: string; description: string }>,
      names: Map<string, string>,
    ) =>
      tags.map((t) => ({
        name: t.name,
        parent: t.parent && names.get(t.parent),
        color: t.color,
        description: t.description,
      }));
    expect(tree(read.tags, nameOf)).toEqual(tree(refiTags, new Map(refiTags.map((t) => [t.id, t.name]))));
  });

  it('gives back every span on the same text in UTF-16, with its coder, tag and memo', async () => {
    const { read, annotations } = await roundTrip();
    const coder = new Map(read.coders.map((c) => [c.id, c.name]));
    const tag = new Map(read.tags.map((t) => [t.id, t.name]));
    const title = new Map(read.documentInfos.map((d) => [d.id, d.title]));
    const ours = new Map(refiSnapshot().documents.map((d) => [d.info.id, d.info.title]));
    const ourTag = new Map(refiTags.map((t) => [t.id, t.name]));
    const ourCoder = new Map([anna, boris].map((c) => [c.id, c.name]));
    const key = (a: Annotation, titles: Map<string, string>, tags: Map<string, string>, coders: Map<string, string>) =>
      `${titles.get(a.documentId)}|${coders.get(a.coderId)}|${tags.get(a.tagId)}|${a.start}-${a.end}|${a.quote.exact}`;
    expect(annotations.map((a) => key(a, title, tag, coder)).sort()).toEqual(
      exported.map((a) => key(a, ours, ourTag, ourCoder)).sort(),
    );
    // Memos: a plain annotation's as it was (XML cannot hold U+0007: it comes back as U+FFFD);
    // a statement's after the lines of its fields.
    const back = (id: Annotation) =>
      annotations.find(
        (a) =>
          a.quote.exact === id.quote.exact && coder.get(a.coderId) === ourCoder.get(id.coderId) && a.start === id.start,
      );
    const { a1, b3 } = refiAnnotations;
    expect(back(b3)?.note.endsWith(b3.note)).toBe(true);
    // Statement fields come back as fields (the file is ours: its Description is read back, see
    // readStatementDescription), their actors and concept from the Cases; the memo alone is the note.
    expect(back(a1)?.note).toBe(a1.note.replace('\u0007', '\uFFFD'));
    const actor = new Map(read.actors.map((x) => [x.id, x.name]));
    const concept = new Map(read.concepts.map((x) => [x.id, x.name]));
    const got = back(a1);
    expect({
      speaker: actor.get(got?.speakerId ?? ''),
      addressee: actor.get(got?.addresseeId ?? ''),
      stance: got?.stance,
      concept: concept.get(got?.conceptId ?? ''),
      date: got?.statementDate,
    }).toEqual({
      speaker: 'Министерство «Обороны» & <штаб>',
      addressee: 'Совет',
      stance: 'supports',
      concept: 'Пакт <2025>',
      date: '2025-03',
    });
    expect(back(refiAnnotations.a2)?.note).toBe('');
  });

  it('gives back the links between the same spans, across documents, with type and note', async () => {
    const { read, annotations } = await roundTrip();
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const type = new Map(read.linkTypes.map((t) => [t.id, t.name]));
    const ends = read.links.map((l) => ({
      from: byId.get(l.fromId)?.quote.exact,
      to: byId.get(l.toId)?.quote.exact,
      type: type.get(l.typeId),
      note: l.note,
    }));
    const quote = (id: string) => exported.find((a) => a.id === id)?.quote.exact;
    expect(ends).toEqual([
      { from: quote('a-1'), to: quote('b-3'), type: 'Поддерживает <+>', note: refiLinks.l1.note },
      { from: quote('b-1'), to: quote('b-2'), type: 'Отвечает на', note: '' },
    ]);
  });

  it('gives back the document memo', async () => {
    const { read } = await roundTrip();
    expect(read.documentInfos.find((d) => d.title === 'Второй')?.memo).toBe('Памятка документа <i>курсив</i>');
  });
});
