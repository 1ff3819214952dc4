import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confEntities, parseForTest } from '../../../shared/formats/brat/testing/brat-test-parser.ts';
import { openZip } from '../bundles/zip-reader.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { writeBrat } from './brat-export.ts';
import { anna, boris, bratInput, bratTexts } from './testing/brat-test-project.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

async function exported(): Promise<{ files: Map<string, string>; counts: Awaited<ReturnType<typeof writeBrat>> }> {
  const path = join(dir, 'out.zip');
  const counts = await writeBrat(bratInput(), path);
  const zip = await openZip(path);
  const files = new Map<string, string>();
  for (const entry of zip.entries()) files.set(entry.name, (await zip.read(entry.name)).toString('utf8'));
  await zip.close();
  return { files, counts };
}

describe('brat export', () => {
  it('writes a folder per coder with every document, the conf files and a README', async () => {
    const { files } = await exported();
    expect([...files.keys()].sort()).toEqual(
      [
        'README.txt',
        'annotation.conf',
        'visual.conf',
        ...[anna, boris].flatMap((c) => ['doc-ru', 'doc-two'].flatMap((d) => [`${c.id}/${d}.txt`, `${c.id}/${d}.ann`])),
      ].sort(),
    );
    expect(files.get(`${anna.id}/doc-ru.txt`)).toBe(bratTexts['doc-ru']);
  });

  it("reads back with a brat parser: every T line's text is the .txt's slice in code points", async () => {
    const { files } = await exported();
    const declared = confEntities(files.get('annotation.conf')!);
    let entities = 0;
    for (const [name, ann] of files) {
      if (!name.endsWith('.ann')) continue;
      const parsed = parseForTest(ann, files.get(name.replace(/\.ann$/, '.txt'))!);
      for (const e of parsed.entities) expect(declared.has(e.type), e.type).toBe(true);
      entities += parsed.entities.length;
    }
    // Nine annotations, the orphan left out.
    expect(entities).toBe(8);
    const anns = parseForTest(files.get(`${anna.id}/doc-ru.ann`)!, bratTexts['doc-ru']!);
    // "пакт 🌍" after "🙂": the emoji is one code point.
    const nested = anns.entities.find((e) => e.text === 'пакт 🌍')!;
    const points = [...bratTexts['doc-ru']!];
    expect(points.slice(nested.spans[0]![0], nested.spans[0]![1]).join('')).toBe('пакт 🌍');
    expect(nested.spans[0]![0]).toBe(bratTexts['doc-ru']!.indexOf('пакт 🌍') - 1);
    // Over the line end: two fragments, the text joined by a space, as brat writes it.
    const over = anns.entities.find((e) => e.spans.length === 2)!;
    expect(over.text).toBe('договор». Совет');
  });

  it('holds statement fields, the actor named, memos line by line and links inside a layer', async () => {
    const { files } = await exported();
    const ann = files.get(`${anna.id}/doc-ru.ann`)!;
    const parsed = parseForTest(ann, bratTexts['doc-ru']!);
    const a1 = parsed.entities.find((e) => e.text === 'Мы поддерживаем пакт 🌍 и договор')!;
    expect(parsed.attributes.filter((a) => a.target === a1.id).map((a) => [a.type, a.value])).toEqual([
      ['Stance', 'supports'],
      ['Date', '2025-03'],
    ]);
    expect(parsed.normalizations.filter((n) => n.target === a1.id).map((n) => [n.type, n.ref, n.text])).toEqual([
      ['Speaker', 'Glossator:actor-ministry', 'Министерство «Обороны» & <штаб>'],
      ['Addressee', 'Glossator:actor-council', 'Совет'],
      ['Concept', 'Glossator:concept-pact', 'Пакт <2025>'],
    ]);
    const mention = parsed.entities.find((e) => e.text === 'Министр')!;
    expect(parsed.normalizations.find((n) => n.target === mention.id)).toMatchObject({
      type: 'Reference',
      ref: 'Glossator:actor-ministry',
    });
    expect(parsed.notes.filter((n) => n.target === a1.id).map((n) => n.note)).toEqual([
      'Памятка <важно> & "цитата"',
      'вторая строка',
    ]);
    const nested = parsed.entities.find((e) => e.text === 'пакт 🌍')!;
    expect(parsed.relations).toEqual([{ id: 'R1', type: 'Отвечает_на', arg1: nested.id, arg2: a1.id }]);
    expect(parsed.notes.find((n) => n.target === 'R1')?.note).toBe('связь <note>');
  });

  it('declares the tag tree by indentation, safe unique type names, full names in visual.conf', async () => {
    const { files } = await exported();
    const conf = files.get('annotation.conf')!;
    expect([...confEntities(conf)]).toEqual([
      ['Утверждение', 0],
      ['b_Причинное_b_то_иначе', 1],
      ['Глубже', 2],
      ['Актор', 0],
      ['актор_2', 0],
    ]);
    expect(conf).toContain('Отвечает_на\tArg1:<ENTITY>, Arg2:<ENTITY>');
    expect(conf).toContain('Stance\tArg:<ENTITY>, Value:supports|opposes|neutral|unclear');
    expect(conf).toContain('Date\tArg:<ENTITY>, Value:2025-03');
    const visual = files.get('visual.conf')!;
    expect(visual).toContain('b_Причинное_b_то_иначе | <b>Причинное</b> & "то" ¦ иначе');
    expect(visual).toContain('Утверждение\tbgColor:#e8a33d');
  });

  it('lists the links brat cannot hold in the README and counts what it left out', async () => {
    const { files, counts } = await exported();
    const readme = files.get('README.txt')!;
    expect(readme).toMatch(
      /^l-docs\tcoder-boris\tОтвечает_на\tb-3 \(doc-two, coder-boris\)\tb-1 \(doc-ru, coder-boris\)\t.*two documents/m,
    );
    expect(readme).toMatch(/^l-layers\t.*two coders' layers/m);
    expect(readme).toMatch(/^l-orphan\t.*was not written/m);
    expect(readme).toContain(`  ${anna.id}\t${anna.name}`);
    expect(counts).toMatchObject({
      format: 'brat',
      documents: 2,
      annotations: 8,
      links: 2,
      coders: 2,
      offsetUnit: 'code-points',
    });
    expect(counts.leftOut.map((l) => [l.kind, l.count, l.reason.key])).toEqual([
      ['link', 1, 'exchange:brat-leftOutCrossDocument'],
      ['link', 1, 'exchange:brat-leftOutCrossLayer'],
      ['link', 1, 'exchange:brat-leftOutLinkEnd'],
      ['annotation', 1, 'exchange:brat-leftOutAnnotation'],
      ['memo', 1, 'exchange:brat-leftOutDocumentMemo'],
    ]);
  });

  it('gives the same bytes for the same project', async () => {
    const first = join(dir, 'a.zip');
    const second = join(dir, 'b.zip');
    await writeBrat(bratInput(), first);
    await writeBrat(bratInput(), second);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(first)).equals(await readFile(second))).toBe(true);
  });
});
