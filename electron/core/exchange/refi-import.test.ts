import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import { describeQuote } from '../../../shared/anchoring/text-quote.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { readQdc, readQdpx } from './refi-import.ts';
import {
  C_LEAF,
  C_MID,
  C_ROOT,
  guid,
  projectXml,
  selectionXml,
  type TestSelection,
  U1,
  U2,
  writePlain,
  writeQdpxFile,
} from './testing/refi-test-files.ts';

const samples = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'validators',
  'refi',
  'samples',
  'atlas',
);
const samplesMissing = existsSync(samples) ? null : `${samples} is absent`;
if (samplesMissing) console.log(`refi-import: the ATLAS.ti samples are skipped: ${samplesMissing}.`);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-refi-import-')));
afterAll(() => cleanup());

/** The [start, end) of `words` in `text`, in code points (as REFI counts), and the occurrence wanted. */
function points(text: string, words: string, from = 0): [number, number] {
  const at = text.indexOf(words, from);
  if (at < 0) throw new Error(`no “${words}” in the text`);
  return [[...text.slice(0, at)].length, [...text.slice(0, at + words.length)].length];
}

function sel(
  n: number,
  text: string,
  words: string,
  codes: string[],
  extra: Partial<TestSelection> = {},
): TestSelection {
  const [start, end] = points(text, words);
  return { guid: guid(n), start, end, codes, name: words, user: U1, ...extra };
}

function textSource(id: string, name: string, path: string, selections: TestSelection[], inner = ''): string {
  const body = selections.map((s) => selectionXml(s, (i) => coding(s.guid, i))).join('');
  return `<TextSource guid="${id}" name="${name}" plainTextPath="${path}" creationDateTime="2024-05-01T10:00:00Z">${inner}${body}</TextSource>`;
}

/** A coding's GUID from its selection's: the fourth group tells the coding's number. */
function coding(selection: string, i: number): string {
  return selection.replace('-8000-', `-8${(i + 1).toString(16).padStart(3, '0')}-`);
}

async function all(contents: ForeignContents): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const d of contents.documentInfos) out.push(...(await contents.annotations(d.id)));
  return out;
}

async function spans(contents: ForeignContents): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const d of contents.documentInfos) {
    const { text } = await contents.document(d.id);
    for (const a of await contents.annotations(d.id)) out.set(a.id, text.slice(a.start, a.end));
  }
  return out;
}

const keys = (contents: ForeignContents) => contents.notes.map((n) => n.key);

describe.skipIf(samplesMissing)('the ATLAS.ti samples', () => {
  it('blank-atlas-project: its two users as coders, nothing else', async () => {
    const c = await readQdpx(resolve(samples, 'blank-atlas-project.qdpx'), 'blank-atlas-project.qdpx');
    expect(c.format).toBe('qdpx');
    expect(c.origin.appVersion).toBe('ATLAS.ti for Windows 23.2.3.27778');
    expect(c.origin.exportedBy).toEqual({ id: '088b08ac-d5cd-4adb-8b71-b4f3459c177f', name: 'Enric Llagostera' });
    expect(c.coders.map((x) => x.name)).toEqual(['Enric Llagostera', 'ATLAS.ti']);
    expect([c.tags.length, c.documentInfos.length, c.links.length, c.layers.length]).toEqual([0, 0, 0, 0]);
    expect(c.rejected).toEqual([]);
  });

  it('target-atlas-project: 0 sources, 3 codes (two under "Commits"), 0 codings', async () => {
    const c = await readQdpx(resolve(samples, 'target-atlas-project.qdpx'), 'target-atlas-project.qdpx');
    expect(c.documentInfos).toHaveLength(0);
    expect(c.tags.map((t) => [t.name, t.parent])).toEqual([
      ['Commits', null],
      ['2022-05-10T02:05:59Z 19e4dce', 'a182cd3a-d83c-4d8c-bc80-26d9103ec6d6'],
      ['2022-02-11T10:39:25Z cdbfd92', 'a182cd3a-d83c-4d8c-bc80-26d9103ec6d6'],
    ]);
    expect(await all(c)).toHaveLength(0);
    // No colour in the file: a palette colour, the same on every read.
    const again = await readQdpx(resolve(samples, 'target-atlas-project.qdpx'), 'target-atlas-project.qdpx');
    expect(again.tags).toEqual(c.tags);
  });
});

describe('a project as the tools write it', () => {
  const ru = 'Безопасность 😀 прежде всего: снизить выбросы на 40% к 2030 году. ШОС и ОДКБ 😀😀 согласны.';
  const second = '\uFEFFA text with a BOM, and an emoji 🎉 before the coded words.';
  const beside = 'Read from beside the project file: relative words here.';
  const inline = 'Inline content, coded inline.';
  const based = 'Found under the basePath’s folder: base words.';
  const pdfText = 'The text of a PDF, with PDF words coded.';

  async function build(): Promise<string> {
    const s1 = sel(1, ru, 'снизить выбросы на 40%', [C_ROOT, C_LEAF], {
      description: 'a <claim> & more',
      noteRefs: [guid(900)],
    });
    const s2 = sel(2, ru, 'ОДКБ 😀😀', [C_MID], { user: U2 });
    const s3 = { ...sel(3, second.slice(1), 'coded words', [C_LEAF]), user: U2 };
    const s4 = sel(4, beside, 'relative words', [C_ROOT]);
    const s5 = sel(5, inline, 'coded inline', [C_MID]);
    const s6 = sel(6, based, 'base words', [C_MID]);
    const s7 = sel(7, pdfText, 'PDF words', [C_LEAF]);
    await writePlain(dir, 'beside.txt', beside);
    await mkdir(join(dir, 'Sources', 'AR'), { recursive: true });
    await writePlain(dir, 'Sources/AR/under base.txt', based);
    const sources = [
      textSource(
        guid(101),
        'Russian policy text',
        `internal://${guid(101)}.txt`,
        [s1, s2],
        `<Description>About security</Description><NoteRef targetGUID="${guid(901)}"/>`,
      ),
      textSource(guid(102), 'BOM text', `internal://${guid(102)}.txt`, [s3]),
      textSource(guid(103), 'Beside', 'relative://beside.txt', [s4]),
      `<TextSource guid="${guid(104)}" name="Inline"><PlainTextContent>${inline}</PlainTextContent>${selectionXml(s5, (i) => coding(s5.guid, i))}</TextSource>`,
      textSource(guid(107), 'Under the base path', 'relative:///AR/under base.txt', [s6]),
      `<TextSource guid="${guid(105)}" name="Rich only" richTextPath="internal://${guid(105)}.docx"/>`,
      `<PDFSource guid="${guid(106)}" name="A PDF" path="internal://x.pdf"/>`,
      `<PDFSource guid="${guid(108)}" name="A PDF with text" path="internal://y.pdf"><PDFSelection guid="${guid(109)}" page="1" firstX="0" firstY="0" secondX="1" secondY="1"/><Representation guid="${guid(110)}" plainTextPath="internal://${guid(110)}.txt">${selectionXml(s7, (i) => coding(s7.guid, i))}</Representation></PDFSource>`,
    ].join('');
    const notes = [
      `<Note guid="${guid(900)}" name="On the target"><PlainTextContent>Ambitious.</PlainTextContent></Note>`,
      `<Note guid="${guid(901)}" name="Source memo" plainTextPath="internal://${guid(901)}.txt"/>`,
      `<Note guid="${guid(902)}" name="Loose"><PlainTextContent>Attached to nothing.</PlainTextContent></Note>`,
    ].join('');
    const links = [
      `<Link guid="${guid(800)}" name="supports" direction="OneWay" originGUID="${guid(1)}" targetGUID="${guid(2)}"/>`,
      `<Link guid="${guid(801)}" originGUID="${C_ROOT}" targetGUID="${C_MID}"/>`,
    ].join('');
    return writeQdpxFile(dir, 'project.qdpx', {
      'project.qde': projectXml({ origin: 'QualCoder 3.5', sources, notes, links, basePath: 'C:/PROJECT/Sources' }),
      [`sources/${guid(101)}.txt`]: ru,
      [`Sources/${guid(102)}.TXT`]: second,
      [`sources/${guid(901)}.txt`]: 'Memo kept in a file.',
      [`sources/${guid(110)}.txt`]: pdfText,
    });
  }

  it('imports users, codes of any depth, sources from sources/, Sources/, beside the file and inline, with their codings', async () => {
    const c = await readQdpx(await build(), 'project.qdpx');
    expect(c.coders.map((x) => [x.id, x.name])).toEqual([
      ['0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', 'Alice'],
      ['1a2b3c4d-5e6f-4789-9abc-def012345678', 'Борис'],
    ]);
    expect(new Set(c.layers)).toEqual(new Set(c.coders.map((x) => x.id)));
    expect(c.tags.map((t) => [t.name, t.parent, t.color])).toEqual([
      ['claim & co', null, '#ff0000'],
      ['causal', C_ROOT.toLowerCase(), '#00aa00'],
      ['leaf', C_MID.toLowerCase(), expect.stringMatching(/^#[0-9a-f]{6}$/)],
    ]);
    expect(c.tags[0]?.description).toBe('A policy claim');
    expect(c.documentInfos.map((d) => d.title)).toEqual([
      'Russian policy text',
      'BOM text',
      'Beside',
      'Inline',
      'Under the base path',
      'A PDF with text',
    ]);
    const s = await spans(c);
    expect(s.get(coding(guid(1), 0))).toBe('снизить выбросы на 40%');
    expect(s.get(coding(guid(1), 1))).toBe('снизить выбросы на 40%');
    expect(s.get(coding(guid(2), 0))).toBe('ОДКБ 😀😀');
    expect(s.get(coding(guid(3), 0))).toBe('coded words');
    expect(s.get(coding(guid(4), 0))).toBe('relative words');
    expect(s.get(coding(guid(5), 0))).toBe('coded inline');
    expect(s.get(coding(guid(6), 0))).toBe('base words');
    expect(s.get(coding(guid(7), 0))).toBe('PDF words');
    expect(s.size).toBe(8);
  });

  it('keeps the original (with its BOM), quotes our text, and turns notes into memos', async () => {
    const c = await readQdpx(await build(), 'project.qdpx');
    const bom = await c.document(guid(102));
    expect(bom.originalText).toBe(second);
    expect(bom.text).toBe(second.slice(1));
    const [a1] = await c.annotations(guid(101));
    expect(a1?.quote).toEqual(describeQuote(ru, a1?.start ?? 0, a1?.end ?? 0));
    expect(a1?.quote.prefix).toBe('Безопасность 😀 прежде всего: ');
    expect(a1?.coderId).toBe(U1.toLowerCase());
    expect(a1?.note).toBe('a <claim> & more\n\nOn the target\n\nAmbitious.');
    const doc = c.documentInfos.find((d) => d.id === guid(101));
    expect(doc?.memo).toBe('About security\n\nSource memo\n\nMemo kept in a file.');
    const [b] = await c.annotations(guid(102));
    expect(b?.coderId).toBe('1a2b3c4d-5e6f-4789-9abc-def012345678');
  });

  it('links two selections, names its type, and says what it could not take', async () => {
    const c = await readQdpx(await build(), 'project.qdpx');
    expect(c.links).toHaveLength(1);
    expect(c.links[0]).toMatchObject({ id: guid(800), fromId: coding(guid(1), 0), toId: coding(guid(2), 0) });
    expect(c.linkTypes.map((t) => t.name)).toEqual(['supports']);
    expect(keys(c)).toEqual(
      expect.arrayContaining([
        'exchange:refi-noPlainText',
        'exchange:refi-linksSkipped',
        'exchange:refi-notesUnattached',
        'exchange:refi-skipped',
        'exchange:refi-normalised',
      ]),
    );
    expect(c.notes.filter((n) => n.key === 'exchange:refi-skipped').map((n) => n.params)).toEqual([
      { what: 'PDFSource', count: 1 },
      { what: 'PDFSelection', count: 1 },
    ]);
    expect(c.rejected).toEqual([]);
  });

  it('gives the same records on a second read (stable ids from GUIDs)', async () => {
    const path = await build();
    const a = await readQdpx(path, 'project.qdpx');
    const b = await readQdpx(path, 'project.qdpx');
    expect(b.documentInfos).toEqual(a.documentInfos);
    expect(await all(b)).toEqual(await all(a));
    expect(b.links).toEqual(a.links);
    expect(b.textSha256?.(guid(101))).toBe(a.textSha256?.(guid(101)));
  });
});

describe('line ends and Unicode forms', () => {
  const crlf = 'First line\r\nSecond 😀 line\r\nThird: the coded words.\r\n';

  /** Positions of `words` counting each CRLF as one character, as ATLAS.ti does. */
  function crlfAsOne(text: string, words: string): [number, number] {
    const [s, e] = points(text.replace(/\r\n/g, '\n'), words);
    return [s, e];
  }

  async function crlfProject(
    origin: string,
    [start, end]: [number, number],
    name = 'crlf.qdpx',
    selectionName?: string,
  ): Promise<ForeignContents> {
    const s = { guid: guid(1), start, end, codes: [C_ROOT], user: U1, name: selectionName };
    const path = await writeQdpxFile(dir, name, {
      'project.qde': projectXml({ origin, sources: textSource(guid(101), 'CRLF', `internal://${guid(101)}.txt`, [s]) }),
      [`sources/${guid(101)}.txt`]: crlf,
    });
    return readQdpx(path, name);
  }

  it('ATLAS.ti: a CRLF counts as one, and the note says so', async () => {
    const c = await crlfProject('ATLAS.ti for Windows 23.2.3.27778', crlfAsOne(crlf, 'the coded words'));
    expect([...(await spans(c)).values()]).toEqual(['the coded words']);
    expect(c.notes[0]).toEqual({
      key: 'exchange:refi-crlfAsOneByOrigin',
      params: { count: 1, origin: 'ATLAS.ti for Windows 23.2.3.27778' },
    });
    const doc = await c.document(guid(101));
    expect(doc.originalText).toBe(crlf);
    expect(doc.text).toBe(crlf.replace(/\r\n/g, '\n'));
  });

  it('another tool: a CRLF counts as two (the standard), and the note says so', async () => {
    const c = await crlfProject('MAXQDA 2022', points(crlf, 'the coded words'));
    expect([...(await spans(c)).values()]).toEqual(['the coded words']);
    expect(c.notes[0]?.key).toBe('exchange:refi-crlfAsTwoByOrigin');
  });

  it('positions that fit only the other counting are read that way, and the note says why', async () => {
    // Counted as two, the end lies past the text counted as one: only "as two" fits.
    const end = [...crlf].length - 2;
    const c = await crlfProject('ATLAS.ti 9', [end - 5, end]);
    expect(c.notes[0]?.key).toBe('exchange:refi-crlfAsTwoByFit');
    expect(c.rejected).toEqual([]);
    expect([...(await spans(c)).values()]).toEqual(['ords.']);
  });

  it('names cut short with “…” (as ATLAS.ti writes them) tell the counting where both fit', async () => {
    const c = await crlfProject('MAXQDA 2022', crlfAsOne(crlf, 'the coded words'), 'names.qdpx', 'the coded…');
    expect(c.notes[0]?.key).toBe('exchange:refi-crlfAsOneByFit');
    expect([...(await spans(c)).values()]).toEqual(['the coded words']);
  });

  it('an NFD text is stored NFC, the spans mapped through, the original kept', async () => {
    const nfd = 'Cafe\u0301 politique: re\u0301forme des retraites, de\u0301bat.';
    const [start, end] = points(nfd, 're\u0301forme des retraites');
    const s = { guid: guid(1), start, end, codes: [C_ROOT], user: U1 };
    const path = await writeQdpxFile(dir, 'nfd.qdpx', {
      'project.qde': projectXml({ sources: textSource(guid(101), 'NFD', `internal://${guid(101)}.txt`, [s]) }),
      [`sources/${guid(101)}.txt`]: nfd,
    });
    const c = await readQdpx(path, 'nfd.qdpx');
    expect([...(await spans(c)).values()]).toEqual(['réforme des retraites']);
    expect((await c.document(guid(101))).originalText).toBe(nfd);
    expect(keys(c)).toContain('exchange:refi-normalised');
  });
});

describe('document variables', () => {
  it('Date, Source, Author, URL and Language become the document’s metadata; the others are named in a note', async () => {
    const v = (n: number, name: string) => `<Variable guid="${guid(700 + n)}" name="${name}" typeOfVariable="Text"/>`;
    const value = (n: number, tag: string, text: string) =>
      `<VariableValue><VariableRef targetGUID="${guid(700 + n)}"/><${tag}>${text}</${tag}></VariableValue>`;
    const variables = `<Variables>${[v(1, 'Date'), v(2, 'source'), v(3, 'Autor'), v(4, 'URL'), v(5, 'Language'), v(6, 'Region'), v(7, 'constructor'), v(8, '__proto__')].join('')}</Variables>`;
    const values = [
      value(1, 'DateValue', '2023-09-08'),
      value(2, 'TextValue', 'Известия'),
      value(3, 'TextValue', 'И. Петров'),
      value(4, 'TextValue', 'https://example.org/a'),
      value(5, 'TextValue', 'ru'),
      value(6, 'TextValue', 'Central Asia'),
      value(7, 'TextValue', 'x'),
      value(8, 'TextValue', 'y'),
    ].join('');
    const source = `<TextSource guid="${guid(101)}" name="With variables"><PlainTextContent>Text.</PlainTextContent>${values}</TextSource>`;
    const xml = projectXml({ sources: source });
    // Variables come after the CodeBook in the standard's order.
    const ordered = xml.replace('</CodeBook>', `</CodeBook>${variables}`);
    const path = await writeQdpxFile(dir, 'variables.qdpx', { 'project.qde': ordered });
    const c = await readQdpx(path, 'variables.qdpx');
    expect(c.documentInfos[0]?.metadata).toEqual({
      date: '2023-09-08',
      source: 'Известия',
      author: 'И. Петров',
      url: 'https://example.org/a',
      language: 'ru',
    });
    expect(c.notes).toContainEqual({
      key: 'exchange:refi-variablesSkipped',
      params: { count: 3, names: 'Region, constructor, __proto__' },
    });
  });
});

describe('statements in a file of ours', () => {
  const text = 'Министр заявил: мы поддержим пакт.';
  async function statementProject(origin: string, name: string): Promise<ForeignContents> {
    const [start, end] = points(text, 'мы поддержим пакт');
    const selection = `<PlainTextSelection guid="${guid(1)}" startPosition="${start}" endPosition="${end}" creatingUser="${U1}"><Description>Speaker: Министр\nStance: supports\nConcept: Пакт\nDate: 2025-03</Description><Coding guid="${guid(2)}" creatingUser="${U1}"><CodeRef targetGUID="${C_ROOT}"/></Coding></PlainTextSelection>`;
    const source = `<TextSource guid="${guid(101)}" name="S"><PlainTextContent>${text}</PlainTextContent>${selection}</TextSource>`;
    const variables = `<Variables><Variable guid="${guid(700)}" name="Type" typeOfVariable="Text"/></Variables>`;
    const kase = (n: number, caseName: string, type: string) =>
      `<Case guid="${guid(600 + n)}" name="${caseName}"><VariableValue><VariableRef targetGUID="${guid(700)}"/><TextValue>${type}</TextValue></VariableValue><SelectionRef targetGUID="${guid(1)}"/></Case>`;
    const cases = `<Cases>${kase(1, 'Министр', 'person')}${kase(2, 'Пакт', 'concept')}${kase(3, 'Someone', 'interviewee')}</Cases>`;
    const xml = projectXml({ origin, sources: source }).replace('</CodeBook>', `</CodeBook>${variables}${cases}`);
    return readQdpx(await writeQdpxFile(dir, name, { 'project.qde': xml }), name);
  }

  it('Glossator’s own export: the Description gives the statement fields back, its Cases the actor and concept', async () => {
    const c = await statementProject('Glossator 0.1.0', 'ours.qdpx');
    expect(c.actors.map((a) => [a.name, a.type])).toEqual([['Министр', 'person']]);
    expect(c.concepts.map((x) => x.name)).toEqual(['Пакт']);
    const [a] = await all(c);
    expect(a).toMatchObject({
      speakerId: guid(601),
      stance: 'supports',
      conceptId: guid(602),
      statementDate: '2025-03',
      note: '',
    });
    expect(c.tags.find((t) => t.id === C_ROOT.toLowerCase())?.kind).toBe('statement');
    expect(c.notes).toContainEqual({ key: 'exchange:refi-skipped', params: { what: 'Case', count: 1 } });
  });

  it('another tool’s: the Description is a comment, kept as the note', async () => {
    const c = await statementProject('MAXQDA 2022', 'theirs.qdpx');
    const [a] = await all(c);
    expect(a?.speakerId).toBeUndefined();
    expect(a?.note).toBe('Speaker: Министр\nStance: supports\nConcept: Пакт\nDate: 2025-03');
    expect(c.tags.find((t) => t.id === C_ROOT.toLowerCase())?.kind).toBe('plain');
  });
});

describe('selections that do not fit go to rejected, the rest is imported', () => {
  it('outside the text, reversed, without a code, or coded with a code the codebook lacks', async () => {
    const text = 'Short text, one good span.';
    const good = sel(1, text, 'one good span', [C_ROOT]);
    const bad: TestSelection[] = [
      { guid: guid(2), start: 5, end: 500, codes: [C_ROOT] },
      { guid: guid(3), start: 9, end: 4, codes: [C_ROOT] },
      { guid: guid(4), start: 0, end: 5, codes: [] },
      { guid: guid(5), start: 0, end: 5, codes: ['DEADBEEF-0000-4000-8000-000000000000'] },
    ];
    const path = await writeQdpxFile(dir, 'rejects.qdpx', {
      'project.qde': projectXml({
        sources: textSource(guid(101), 'Doc', `internal://${guid(101)}.txt`, [good, ...bad]),
      }),
      [`sources/${guid(101)}.txt`]: text,
    });
    const c = await readQdpx(path, 'rejects.qdpx');
    expect([...(await spans(c)).values()]).toEqual(['one good span']);
    expect(c.rejected.map((r) => [r.document, r.annotation, r.reason.key])).toEqual([
      ['Doc', coding(guid(2), 0), 'exchange:refi-rejectOutside'],
      ['Doc', coding(guid(3), 0), 'exchange:refi-rejectPositions'],
      ['Doc', guid(4), 'exchange:refi-rejectNoCode'],
      ['Doc', coding(guid(5), 0), 'exchange:refi-rejectUnknownCode'],
    ]);
  });
});

describe('a codebook (.qdc)', () => {
  it('reads its codes, any depth, with colours and descriptions', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022"><Codes><Code guid="${C_ROOT}" name="Top" isCodable="true" color="#123456"><Description>Top code</Description><Code guid="${C_MID}" name="Mid" isCodable="false"><Code guid="${C_LEAF}" name="Leaf" isCodable="true" color="#abc"/></Code></Code></Codes></CodeBook>`;
    const c = await readQdc(await writePlain(dir, 'book.qdc', `\uFEFF${xml}`), 'book.qdc');
    expect(c.format).toBe('qdc');
    expect(c.origin.appVersion).toBe('MAXQDA 2022');
    expect(c.tags.map((t) => [t.name, t.parent, t.color, t.description])).toEqual([
      ['Top', null, '#123456', 'Top code'],
      ['Mid', C_ROOT.toLowerCase(), expect.stringMatching(/^#[0-9a-f]{6}$/), ''],
      ['Leaf', C_MID.toLowerCase(), '#aabbcc', ''],
    ]);
    expect([c.coders.length, c.layers.length, c.documentInfos.length]).toEqual([0, 0, 0]);
  });
});
