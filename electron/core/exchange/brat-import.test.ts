import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { AnnotationSchema, type Annotation } from '../../../shared/model/annotation.ts';
import { craftZip } from '../bundles/testing/craft-zip.ts';
import { writeZip } from '../bundles/zip-writer.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { maxTextBytes, readBrat, readBratWithin } from './brat-import.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

/** A folder collection of these files (text as UTF-8, or bytes as they are). */
async function folder(files: Record<string, string | Buffer>, name = 'corpus'): Promise<string> {
  const root = join(dir, name);
  await mkdir(root, { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  return root;
}

async function all(contents: ForeignContents): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const d of contents.documentInfos) out.push(...(await contents.annotations(d.id)));
  for (const a of out) AnnotationSchema.parse(a);
  return out;
}

const keys = (c: ForeignContents) => c.rejected.map((r) => [r.annotation, r.reason.key]);

describe('brat import of others’ collections', () => {
  it('takes files at the top as one coder named after the collection, types as tags, conf hierarchy and labels', async () => {
    const root = await folder({
      'annotation.conf':
        '[entities]\nPerson\n\tPolitician\nPlace\n[relations]\nLives_in\tArg1:Person, Arg2:Place\n[events]\n[attributes]\n',
      'visual.conf': '[labels]\nPolitician | Politician of note | Pol\n[drawing]\nPlace\tbgColor:#00ff00\n',
      'a.txt': 'Anna lives in Paris.',
      'a.ann':
        'T1\tPolitician 0 4\tAnna\nT2\tPlace 14 19\tParis\nR1\tLives_in Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\ta note\nN1\tReference T1 Wikidata:Q1\tAnna A.\n',
      'b.txt': 'No annotations here.',
    });
    const c = await readBrat(root, 'corpus');
    expect(c.format).toBe('brat');
    expect(c.coders).toHaveLength(1);
    expect(c.coders[0]!.name).toBe('corpus');
    expect(c.documentInfos.map((d) => d.title)).toEqual(['a', 'b']);
    const tags = new Map(c.tags.map((t) => [t.id, t]));
    const politician = c.tags.find((t) => t.name === 'Politician of note')!;
    expect(tags.get(politician.parent!)?.name).toBe('Person');
    expect(c.tags.find((t) => t.name === 'Place')?.color).toBe('#00ff00');
    const [anna, paris] = await all(c);
    expect(anna).toMatchObject({ start: 0, end: 4, note: 'a note', quote: { exact: 'Anna' } });
    expect(c.actors.find((a) => a.id === anna!.actorId)?.name).toBe('Anna A.');
    expect(c.links).toMatchObject([{ fromId: anna!.id, toId: paris!.id }]);
    expect(c.linkTypes.map((t) => t.name)).toEqual(['Lives_in']);
    expect(c.notes.map((n) => n.key)).toEqual(['exchange:brat-noteOneCoder']);
    expect(c.rejected).toEqual([]);
  });

  it('counts offsets in code points on the file as it is: a BOM is character 0, a CR is a character', async () => {
    const raw = '\uFEFFЙод 🙂\r\nвторая строка';
    const points = [...raw];
    const at = (s: string) => [...raw.slice(0, raw.indexOf(s))].length;
    const line = (id: string, s: string) => `${id}\tX ${at(s)} ${at(s) + [...s].length}\t${s}`;
    const root = await folder({
      'k/a.txt': raw,
      'k/a.ann': `${[line('T1', 'Йод'), line('T2', '🙂'), line('T3', 'вторая')].join('\n')}\n`,
    });
    expect(points[0]).toBe('\uFEFF');
    const c = await readBrat(root, 'corpus');
    const { text, originalText } = await c.document(c.documentInfos[0]!.id);
    expect(text).toBe('Йод 🙂\nвторая строка');
    expect(originalText).toBe(raw.slice(1));
    const spans = (await all(c)).map((a) => text.slice(a.start, a.end));
    expect(spans).toEqual(['Йод', '🙂', 'вторая']);
    expect(c.notes.map((n) => n.key)).toContain('exchange:brat-noteNormalised');
  });

  it('maps offsets on an NFD text onto the NFC text, and refuses a boundary inside a letter', async () => {
    const raw = 'Йод и йод'.normalize('NFD');
    const root = await folder({
      'k/a.txt': raw,
      // "Йод" is four code points in NFD; T2 ends between "и" and its breve.
      'k/a.ann': `T1\tX 0 4\t${raw.slice(0, 4)}\nT2\tX 7 8\t${raw.slice(7, 8)}\n`,
    });
    const c = await readBrat(root, 'corpus');
    const [a] = await all(c);
    expect(a).toMatchObject({ start: 0, end: 3, quote: { exact: 'Йод' } });
    expect(keys(c)).toEqual([['T2', 'exchange:brat-splitsCharacter']]);
  });

  it('splits a discontinuous annotation into one per fragment, linked in order, and says so', async () => {
    const root = await folder({
      'k/a.txt': 'one two three four',
      'k/a.ann': 'T1\tX 0 3;8 13\tone three\n#1\tAnnotatorNotes T1\tboth\n',
    });
    const c = await readBrat(root, 'corpus');
    const parts = await all(c);
    expect(parts.map((a) => [a.quote.exact, a.note])).toEqual([
      ['one', 'both'],
      ['three', 'both'],
    ]);
    expect(c.links).toMatchObject([{ fromId: parts[0]!.id, toId: parts[1]!.id, typeId: 'brat-fragment' }]);
    expect(c.linkTypes.map((t) => t.id)).toEqual(['brat-fragment']);
    expect(c.notes).toContainEqual({ key: 'exchange:brat-noteDiscontinuous', params: { count: 1 } });
  });

  it('lists malformed lines, offsets past the text and mismatched text, and imports the rest', async () => {
    const root = await folder({
      'k/a.txt': 'short text',
      'k/a.ann': [
        'T1\tX 0 5\tshort',
        'this is not a line',
        'T2\tX 6 99\ttext',
        'T3\tX 0 5\twrong',
        'T4\tX 5 2\tbackwards',
        'T5\tX a b\tnumbers',
        'T1\tX 0 5\tshort',
        'R1\tRel Arg1:T1 Arg2:T9',
        'A1\tStance T3 supports',
        'E1\tEvent:T1 Theme:T1',
        'T6\tX 6 10\ttext',
        '',
      ].join('\n'),
      'k/lonely.ann': 'T1\tX 0 1\tx\n',
      'k/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    });
    const c = await readBrat(root, 'corpus');
    expect((await all(c)).map((a) => a.quote.exact)).toEqual(['short', 'text']);
    expect(keys(c)).toEqual([
      [null, 'exchange:brat-notUtf8'],
      [null, 'exchange:brat-malformedLine'],
      ['T4', 'exchange:brat-badSpan'],
      ['T5', 'exchange:brat-badSpan'],
      ['T1', 'exchange:brat-duplicateId'],
      ['E1', 'exchange:brat-unsupportedLine'],
      ['T2', 'exchange:brat-offsetPastText'],
      ['T3', 'exchange:brat-coveredTextDiffers'],
      ['R1', 'exchange:brat-unknownTarget'],
      ['A1', 'exchange:brat-unknownTarget'],
      [null, 'exchange:brat-noText'],
    ]);
    const past = c.rejected.find((r) => r.annotation === 'T2')!;
    expect(past.reason.params).toMatchObject({ file: 'a.ann', end: 99, length: 10 });
  });

  it('reads a zip as it reads a folder', async () => {
    const file = join(dir, 'c.zip');
    await writeZip(file, [
      { name: 'anna/a.txt', data: 'Hello world' },
      { name: 'anna/a.ann', data: 'T1\tGreeting 0 5\tHello\n' },
      { name: 'boris/a.txt', data: 'Hello world' },
      { name: 'boris/a.ann', data: 'T1\tGreeting 6 11\tworld\n' },
    ]);
    const c = await readBrat(file, 'c.zip');
    expect(c.coders.map((x) => x.id)).toEqual(['anna', 'boris']);
    expect(c.documentInfos).toHaveLength(1);
    expect((await all(c)).map((a) => [a.coderId, a.quote.exact])).toEqual([
      ['anna', 'Hello'],
      ['boris', 'world'],
    ]);
  });

  it('reads a collection zipped with its folder from inside that folder', async () => {
    const file = join(dir, 'wrapped.zip');
    await writeZip(file, [
      { name: 'corpus/annotation.conf', data: '[entities]\nGreeting\n' },
      { name: 'corpus/anna/a.txt', data: 'Hello world' },
      { name: 'corpus/anna/a.ann', data: 'T1\tGreeting 0 5\tHello\n' },
    ]);
    const c = await readBrat(file, 'wrapped.zip');
    expect(c.coders.map((x) => x.id)).toEqual(['anna']);
    expect(c.tags.map((x) => x.name)).toEqual(['Greeting']);
    expect((await all(c)).map((a) => a.quote.exact)).toEqual(['Hello']);
  });

  it('refuses what is no collection: no .txt or .ann, not a zip, nothing there', async () => {
    const refusal = async (path: string) => {
      const error = await readBrat(path, 'x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      return (error as ApiError).text?.key;
    };
    const empty = await folder({ 'notes.md': 'nothing' }, 'empty');
    expect(await refusal(empty)).toBe('exchange:brat-empty');
    const notZip = join(dir, 'x.zip');
    await writeFile(notZip, 'plain text');
    expect(await refusal(notZip)).toBe('exchange:brat-notCollection');
    // A hostile zip keeps the zip reader's own refusal.
    const traversal = join(dir, 'evil.zip');
    await writeFile(
      traversal,
      craftZip([
        { name: '../a.txt', data: 'x' },
        { name: '../a.ann', data: 'T1\tX 0 1\tx\n' },
      ]),
    );
    expect(await refusal(traversal)).toMatch(/^bundleFile:/);
    expect(await refusal(join(dir, 'missing'))).toBe('exchange:brat-unreadable');
  });

  it('refuses a collection whose files come to more than the budget, folder or zip, and reads one within it', async () => {
    expect(maxTextBytes).toBe(1024 * 1024 * 1024);
    const files = { 'a.txt': 'Hello world', 'a.ann': 'T1\tGreeting 0 5\tHello\n', 'b.txt': 'Hello again' };
    const within = 11 + 22 + 11;
    const root = await folder(files);
    const zip = join(dir, 'c.zip');
    await writeZip(
      zip,
      Object.entries(files).map(([name, data]) => ({ name, data })),
    );
    for (const path of [root, zip]) {
      expect((await readBratWithin(path, 'c', within)).documentInfos).toHaveLength(2);
      const error = await readBratWithin(path, 'c', within - 1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).text?.key).toBe('exchange:brat-textsTooLarge');
    }
  });
});
