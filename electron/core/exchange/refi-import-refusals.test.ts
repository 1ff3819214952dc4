import { randomBytes } from 'node:crypto';
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { craftZip } from '../bundles/testing/craft-zip.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { maxTextBytes, readQdc, readQdpx, readQdpxWithin } from './refi-import.ts';
import { C_ROOT, guid, projectXml, selectionXml, U1, writePlain, writeQdpxFile } from './testing/refi-test-files.ts';

/** Bad .qdpx and .qdc files: each refused whole, with a coded message, nothing read half. */

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-refi-refusals-')));
afterAll(() => cleanup());

/** The refusal's code and message key (and its reason's, for a message that wraps one). */
async function refusal(read: Promise<unknown>): Promise<{ code: string; key: string; reason?: string | number }> {
  try {
    await read;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { code: error.code, key: error.text?.key ?? '', reason: error.text?.params?.reason };
  }
  throw new Error('the file was not refused');
}

const oneSource = (path: string) =>
  `<TextSource guid="${guid(101)}" name="Doc" plainTextPath="${path}">${selectionXml(
    { guid: guid(1), start: 0, end: 4, codes: [C_ROOT], user: U1 },
    () => guid(2),
  )}</TextSource>`;

describe('a .qdpx that is not one', () => {
  it('not a zip at all', async () => {
    const path = await writePlain(dir, 'text.qdpx', 'just some text, not an archive');
    expect(await refusal(readQdpx(path, 'text.qdpx'))).toEqual({ code: 'invalid-input', key: 'exchange:refi-notZip' });
  });

  it('an empty file', async () => {
    const path = await writePlain(dir, 'empty.qdpx', '');
    expect((await refusal(readQdpx(path, 'empty.qdpx'))).key).toBe('exchange:refi-notZip');
  });

  it('a zip without project.qde', async () => {
    const path = await writeQdpxFile(dir, 'noqde.qdpx', { 'readme.txt': 'hello', 'sources/a.txt': 'text' });
    expect((await refusal(readQdpx(path, 'noqde.qdpx'))).key).toBe('exchange:refi-noProjectQde');
  });

  it('a compression bomb: refused by the zip reader before it is inflated', async () => {
    const path = await writeQdpxFile(dir, 'bomb.qdpx', {
      'project.qde': projectXml({ sources: oneSource(`internal://${guid(101)}.txt`) }),
      [`sources/${guid(101)}.txt`]: Buffer.alloc(20 * 1024 * 1024, 0x61),
    });
    expect(await refusal(readQdpx(path, 'bomb.qdpx'))).toEqual({ code: 'invalid-input', key: 'exchange:refi-bomb' });
  });

  it('a zip cut short (an interrupted download): the zip reader’s reason, wrapped', async () => {
    const whole = await writeQdpxFile(dir, 'whole.qdpx', { 'project.qde': projectXml({}) });
    const bytes = await readFile(whole);
    const path = await writePlain(dir, 'cut.qdpx', bytes.subarray(0, bytes.length - 30));
    expect(await refusal(readQdpx(path, 'cut.qdpx'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-badZip',
      reason: 'bundleFile:truncated',
    });
  });

  it('an absurd size: a project.qde declaring 300 MB is refused before a byte is inflated', async () => {
    const compressed = randomBytes(2 * 1024 * 1024);
    const zip = craftZip([{ name: 'project.qde', compressed, size: 300 * 1024 * 1024, crc32: 0 }]);
    const path = await writePlain(dir, 'huge.qdpx', zip);
    expect(await refusal(readQdpx(path, 'huge.qdpx'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-entryTooLarge',
    });
  });

  it('XML that is not well-formed, or not a project', async () => {
    const broken = await writeQdpxFile(dir, 'broken.qdpx', {
      'project.qde': '<Project xmlns="urn:QDA-XML:project:1.0"><Users>',
    });
    expect((await refusal(readQdpx(broken, 'broken.qdpx'))).key).toBe('exchange:refi-badXml');
    const other = await writeQdpxFile(dir, 'other.qdpx', { 'project.qde': '<?xml version="1.0"?><html/>' });
    expect((await refusal(readQdpx(other, 'other.qdpx'))).key).toBe('exchange:refi-notProject');
    const latin = await writeQdpxFile(dir, 'latin.qdpx', {
      'project.qde': Buffer.from([0x3c, 0x50, 0xe9, 0xff, 0x3e]),
    });
    expect((await refusal(readQdpx(latin, 'latin.qdpx'))).key).toBe('exchange:refi-notUtf8');
  });
});

describe('XML with a DOCTYPE or entities: never resolved', () => {
  it('an external entity (XXE) is refused by its DOCTYPE, and the file it names is never read', async () => {
    const secret = await writePlain(dir, 'secret.txt', 'SECRET');
    const prolog = `<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file://${secret}">]>`;
    const xml = projectXml({ prolog, users: `<User guid="${U1}" name="&xxe;"/>` });
    const path = await writeQdpxFile(dir, 'xxe.qdpx', { 'project.qde': xml });
    expect(await refusal(readQdpx(path, 'xxe.qdpx'))).toEqual({ code: 'invalid-input', key: 'exchange:refi-doctype' });
  });

  it('billion laughs: refused by its DOCTYPE before any expansion', async () => {
    const lol = [
      '<!ENTITY a "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
      ),
    ];
    const xml = projectXml({
      prolog: `<!DOCTYPE Project [${lol.join('')}]>`,
      users: `<User guid="${U1}" name="&j;"/>`,
    });
    const path = await writeQdpxFile(dir, 'lol.qdpx', { 'project.qde': xml });
    expect((await refusal(readQdpx(path, 'lol.qdpx'))).key).toBe('exchange:refi-doctype');
  });

  it('an entity used without a declaration is refused, never looked up', async () => {
    const path = await writeQdpxFile(dir, 'entity.qdpx', {
      'project.qde': projectXml({ users: `<User guid="${U1}" name="&nbsp;"/>` }),
    });
    expect((await refusal(readQdpx(path, 'entity.qdpx'))).key).toBe('exchange:refi-entity');
  });

  it('an ENTITY declaration without a DOCTYPE', async () => {
    const xml = projectXml({}).replace('<Users>', '<!ENTITY x SYSTEM "file:///etc/passwd"><Users>');
    const path = await writeQdpxFile(dir, 'bare-entity.qdpx', { 'project.qde': xml });
    expect((await refusal(readQdpx(path, 'bare-entity.qdpx'))).key).toBe('exchange:refi-entity');
  });

  it('a DOCTYPE in a codebook too', async () => {
    const path = await writePlain(
      dir,
      'doctype.qdc',
      '<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "http://example.org/x.dtd"><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
    );
    expect((await refusal(readQdc(path, 'doctype.qdc'))).key).toBe('exchange:refi-doctype');
  });

  it('a .qdc over 64 MiB: refused before it is read', async () => {
    const path = join(dir, 'huge.qdc');
    await writeFile(path, '<?xml version="1.0"?>');
    await truncate(path, 64 * 1024 * 1024 + 1);
    expect(await refusal(readQdc(path, 'huge.qdc'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-fileTooLarge',
    });
  });

  it('elements nested without end', async () => {
    const deep = `${'<Code guid="00000000-0000-4000-8000-000000000001" name="x" isCodable="true">'.repeat(300)}${'</Code>'.repeat(300)}`;
    const path = await writeQdpxFile(dir, 'deep.qdpx', {
      'project.qde': projectXml({ codes: `<CodeBook><Codes>${deep}</Codes></CodeBook>` }),
    });
    expect((await refusal(readQdpx(path, 'deep.qdpx'))).key).toBe('exchange:refi-xmlTooDeep');
  });
});

describe('sources it refers to and lacks', () => {
  it('an internal:// text missing from sources/', async () => {
    const path = await writeQdpxFile(dir, 'missing.qdpx', {
      'project.qde': projectXml({ sources: oneSource(`internal://${guid(101)}.txt`) }),
    });
    expect(await refusal(readQdpx(path, 'missing.qdpx'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-missingSource',
    });
  });

  it('a relative:// path climbing out of the folder is not followed', async () => {
    const path = await writeQdpxFile(dir, 'climb.qdpx', {
      'project.qde': projectXml({ sources: oneSource('relative://../../etc/passwd') }),
    });
    expect((await refusal(readQdpx(path, 'climb.qdpx'))).key).toBe('exchange:refi-missingSource');
  });

  it('a relative:// path to a hidden file is refused, not read', async () => {
    const folder = join(dir, 'hidden');
    await mkdir(join(folder, '.ssh'), { recursive: true });
    await writeFile(join(folder, '.ssh', 'id_rsa'), 'secret key');
    const path = await writeQdpxFile(folder, 'hidden.qdpx', {
      'project.qde': projectXml({ sources: oneSource('relative://.ssh/id_rsa') }),
    });
    expect(await refusal(readQdpx(path, 'hidden.qdpx'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-hiddenSource',
    });
  });

  it('a relative:// path through a symbolic link is refused, not followed', async () => {
    const folder = join(dir, 'linked');
    await mkdir(folder, { recursive: true });
    await writeFile(join(dir, 'secret.txt'), 'secret text');
    await symlink(join(dir, 'secret.txt'), join(folder, 'source.txt'));
    await symlink(dir, join(folder, 'up'));
    for (const [source, name] of <Array<[string, string]>>[
      ['relative://source.txt', 'file-link.qdpx'],
      ['relative://up/secret.txt', 'folder-link.qdpx'],
    ]) {
      const path = await writeQdpxFile(folder, name, { 'project.qde': projectXml({ sources: oneSource(source) }) });
      expect(await refusal(readQdpx(path, name))).toEqual({ code: 'invalid-input', key: 'exchange:refi-linkedSource' });
    }
  });

  it('source texts over the budget for one import, in the archive or beside it', async () => {
    expect(maxTextBytes).toBe(1024 * 1024 * 1024);
    const folder = join(dir, 'budget');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'beside.txt'), 'Text beside');
    const two = `${oneSource(`internal://${guid(101)}.txt`)}<TextSource guid="${guid(102)}" name="Beside" plainTextPath="relative://beside.txt"/>`;
    const path = await writeQdpxFile(folder, 'budget.qdpx', {
      'project.qde': projectXml({ sources: two }),
      [`sources/${guid(101)}.txt`]: 'Text inside',
    });
    expect((await readQdpxWithin(path, 'budget.qdpx', 22)).documentInfos).toHaveLength(2);
    for (const budget of [21, 10]) {
      expect(await refusal(readQdpxWithin(path, 'budget.qdpx', budget))).toEqual({
        code: 'invalid-input',
        key: 'exchange:refi-textsTooLarge',
      });
    }
  });

  it('an absolute:// path is never read', async () => {
    const path = await writeQdpxFile(dir, 'absolute.qdpx', {
      'project.qde': projectXml({ sources: oneSource('absolute:///etc/hostname') }),
    });
    expect((await refusal(readQdpx(path, 'absolute.qdpx'))).key).toBe('exchange:refi-absoluteSource');
  });

  it('a source that is no text', async () => {
    const path = await writeQdpxFile(dir, 'binary.qdpx', {
      'project.qde': projectXml({ sources: oneSource(`internal://${guid(101)}.txt`) }),
      [`sources/${guid(101)}.txt`]: Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]),
    });
    expect(await refusal(readQdpx(path, 'binary.qdpx'))).toEqual({
      code: 'invalid-input',
      key: 'exchange:refi-sourceNotText',
      reason: 'importing:reasonBinary',
    });
  });
});

describe('records Glossator cannot take', () => {
  it('one GUID for two records', async () => {
    const codes = `<CodeBook><Codes><Code guid="${U1}" name="same as a user" isCodable="true"/></Codes></CodeBook>`;
    const path = await writeQdpxFile(dir, 'twice.qdpx', { 'project.qde': projectXml({ codes }) });
    expect((await refusal(readQdpx(path, 'twice.qdpx'))).key).toBe('exchange:refi-guidTwice');
  });

  it('a code without its GUID', async () => {
    const codes = '<CodeBook><Codes><Code name="no guid" isCodable="true"/></Codes></CodeBook>';
    const path = await writeQdpxFile(dir, 'noguid.qdpx', { 'project.qde': projectXml({ codes }) });
    expect((await refusal(readQdpx(path, 'noguid.qdpx'))).key).toBe('exchange:refi-missingAttribute');
  });
});

describe('names that are JavaScript’s own', () => {
  it('elements and attributes called __proto__ or constructor are only names: nothing of Object’s changes', async () => {
    const proto = Object.getOwnPropertyNames(Object.prototype).sort();
    const sources = `<__proto__ guid="${guid(1)}"/><constructor/><TextSource guid="${guid(101)}" name="__proto__" __proto__="x" constructor="y"><PlainTextContent>Text.</PlainTextContent></TextSource>`;
    const path = await writeQdpxFile(dir, 'proto.qdpx', { 'project.qde': projectXml({ sources }) });
    const c = await readQdpx(path, 'proto.qdpx');
    expect(c.documentInfos.map((d) => d.title)).toEqual(['__proto__']);
    expect(c.notes.filter((n) => n.key === 'exchange:refi-skipped').map((n) => n.params?.what)).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(proto);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('a .qdc that is not one', () => {
  it('a zip given as a codebook, a project given as a codebook', async () => {
    const zip = await writeQdpxFile(dir, 'zip.qdc', { 'project.qde': projectXml({}) });
    expect((await refusal(readQdc(zip, 'zip.qdc'))).key).toBe('exchange:refi-qdcIsZip');
    const project = await writePlain(dir, 'project.qdc', projectXml({}));
    expect((await refusal(readQdc(project, 'project.qdc'))).key).toBe('exchange:refi-notCodebook');
  });
});
