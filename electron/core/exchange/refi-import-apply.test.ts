import { stat } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallResult } from '../../../shared/ipc/index.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { createDispatch } from '../services/dispatch.ts';
import { ProjectSession } from '../services/project-session.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { projectHashes } from '../testing/project-hashes.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { C_LEAF, C_ROOT, guid, projectXml, selectionXml, U1, U2, writeQdpxFile } from './testing/refi-test-files.ts';

/** A .qdpx through the contract: previewed and imported as a bundle is, each user a layer, once only. */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open() {
  const temp = await tempDir('glossator-refi-apply-');
  cleanups.push(temp.cleanup);
  const session = new ProjectSession(testCoder);
  await session.open(temp.dir, { withSample: false });
  cleanups.push(() => session.close());
  const dispatch = createDispatch(createHandlers(session), () => {});
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
    const envelope = await dispatch(name, input as never);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as never;
  };
  const fail = async (name: CallName, input: unknown) => {
    const envelope = await dispatch(name, input as never);
    if (envelope.ok) throw new Error(`${name} was expected to fail`);
    return envelope.error;
  };
  return { dir: temp.dir, session, call, fail };
}

const text = 'Саммит ШОС 😀 обсудил\r\nмеры безопасности и сотрудничество.';
/** ATLAS.ti's positions: code points, a CRLF as one. */
const cp = (words: string) => {
  const flat = text.replace(/\r\n/g, '\n');
  const at = flat.indexOf(words);
  return { start: [...flat.slice(0, at)].length, end: [...flat.slice(0, at + words.length)].length };
};

async function qdpx(dir: string, extra = ''): Promise<string> {
  const s1 = { guid: guid(1), ...cp('ШОС 😀'), codes: [C_ROOT], user: U1 };
  const s2 = { guid: guid(2), ...cp('меры безопасности'), codes: [C_LEAF], user: U2 };
  const sources = `<TextSource guid="${guid(101)}" name="Саммит" plainTextPath="internal://${guid(101)}.txt">${[s1, s2]
    .map((s) => selectionXml(s, (i) => s.guid.replace('-8000-', `-8${i + 1}00-`)))
    .join('')}</TextSource>${extra}`;
  return writeQdpxFile(dir, 'atlas.qdpx', {
    'project.qde': projectXml({ origin: 'ATLAS.ti for Windows 23.2.3.27778', sources }),
    [`sources/${guid(101)}.txt`]: text,
  });
}

describe('importing a REFI-QDA project through the contract', () => {
  it('previews and imports its codes, documents and codings, each user a layer; the same file again is nothing new', async () => {
    const me = await open();
    const out = await tempDir('glossator-refi-file-');
    cleanups.push(out.cleanup);
    const file = await qdpx(out.dir);
    const grant = async () => me.session.files.grantOpen(file, 'atlas.qdpx', (await stat(file)).size);
    const preview = await me.call('previewBundle', { file: await grant() });
    expect(preview.documents).toMatchObject([{ theirId: guid(101), status: 'new' }]);
    const imported = await me.call('importBundle', {
      previewId: preview.previewId,
      coders: {},
      choices: {},
      replaceLayers: false,
    });
    expect(imported.summary).toMatchObject({ documents: 1, annotations: 2 });
    const store = me.session.store;
    const docId = store.listDocuments().find((d) => d.title === 'Саммит')?.id as string;
    const { text: ours, originalText } = await me.call('getDocument', { documentId: docId, withOriginal: true });
    expect(originalText).toBe(text);
    const spans = store
      .annotationsOf(docId)
      .map((a) => ours.slice(a.start, a.end))
      .sort();
    expect(spans).toEqual(['ШОС 😀', 'меры безопасности']);
    expect(new Set(store.annotationsOf(docId).map((a) => a.coderId)).size).toBe(2);
    expect(store.codebook().tags.map((t) => t.name)).toEqual(expect.arrayContaining(['claim & co', 'causal', 'leaf']));

    const again = await me.call('previewBundle', { file: await grant() });
    expect(again.nothingNew).toBe(true);
    await me.call('discardBundlePreview', { previewId: again.previewId });
  });

  it('a project with a missing source is refused with its message, and the project is unchanged', async () => {
    const me = await open();
    await me.call('addDocument', { title: 'Мой', text: 'Мой текст остаётся.' });
    await me.session.backups.idle();
    const before = await projectHashes(me.dir);
    const out = await tempDir('glossator-refi-file-');
    cleanups.push(out.cleanup);
    const file = await qdpx(
      out.dir,
      `<TextSource guid="${guid(102)}" name="Lost" plainTextPath="internal://${guid(102)}.txt"/>`,
    );
    const error = await me.fail('previewBundle', {
      file: me.session.files.grantOpen(file, 'atlas.qdpx', (await stat(file)).size),
    });
    expect(error.text?.key).toBe('exchange:refi-missingSource');
    expect(await projectHashes(me.dir)).toEqual(before);
    expect(me.session.history.labels().undo).toBeNull();
  });
});
