import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits } from '../../../shared/model/limits.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentSummary } from '../../../shared/model/document.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { createHandlers } from './create-handlers.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { ProjectSession } from './project-session.ts';

let dir: string;
let cleanup: () => Promise<void>;
let session: ProjectSession;
let dispatch: Dispatch;
let doc: DocumentSummary;
let annotation: Annotation;

const text = 'Глава государства предложил 🛡️ создать общую базу данных.\r\nВторая строка.';

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = new ProjectSession(testCoder);
  await session.open(dir, { withSample: false });
  dispatch = createDispatch(createHandlers(session), () => {});
  doc = (await call('addDocument', { title: 'Тест', text })) as DocumentSummary;
  annotation = (await call('createAnnotation', {
    documentId: doc.id,
    tagId: 'claim',
    start: 0,
    end: 17,
  })) as Annotation;
  // The backup taken at open is written in the background: done before a test looks at the files.
  await session.backups.idle();
});
afterEach(async () => {
  await session.close();
  await cleanup();
});

async function call(name: string, input: unknown): Promise<unknown> {
  const envelope = await dispatch(name, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

/** A fingerprint of every file in the project (path → sha256), to prove a refused call changed nothing. */
async function snapshot(root = dir): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(root)) {
    const path = join(root, name);
    if ((await stat(path)).isDirectory()) Object.assign(out, await snapshot(path));
    else
      out[path] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
  }
  return out;
}

describe('the contract through dispatch', () => {
  it('normalises a pasted text once and keeps the original', async () => {
    expect(await call('getDocument', { documentId: doc.id })).not.toHaveProperty('originalText');
    const full = (await call('getDocument', { documentId: doc.id, withOriginal: true })) as {
      text: string;
      originalText: string;
    };
    expect(full.text).toBe(text.replace('\r\n', '\n'));
    expect(full.originalText).toBe(text);
    expect(doc.textLength).toBe(full.text.length);
  });

  it('creates an annotation with its quote taken from the stored text', async () => {
    expect(annotation.quote.exact).toBe('Глава государства');
    expect(annotation.coderId).toBe(testCoder.id);
    const start = text.indexOf('создать');
    const created = (await call('createAnnotation', {
      documentId: doc.id,
      tagId: 'proposal',
      start,
      end: start + 'создать общую базу данных'.length,
    })) as Annotation;
    expect(created.quote.prefix.endsWith('🛡️ ')).toBe(true);
    expect(((await call('listAnnotations', { documentId: doc.id })) as Annotation[]).map((a) => a.id)).toEqual([
      annotation.id,
      created.id,
    ]);
  });

  it('updates and deletes annotations', async () => {
    const updated = (await call('updateAnnotation', {
      annotationId: annotation.id,
      tagId: 'proposal',
      note: 'президент',
      start: 0,
      end: 5,
    })) as Annotation;
    expect(updated).toMatchObject({ tagId: 'proposal', note: 'президент', quote: { exact: 'Глава' } });
    await call('deleteAnnotation', { annotationId: annotation.id });
    expect(await call('listAnnotations', { documentId: doc.id })).toEqual([]);
  });

  const bad: Array<[string, string, () => unknown, string]> = [
    ['unknown call', 'dropTables', () => ({}), 'unknown-call'],
    ['prototype key as call name', '__proto__', () => ({}), 'unknown-call'],
    ['input not an object', 'listDocuments', () => 'all', 'invalid-input'],
    ['unknown input key', 'getCodebook', () => ({ everything: true }), 'invalid-input'],
    [
      '__proto__ key in input',
      'getDocument',
      () => JSON.parse(`{"documentId":"${doc.id}","__proto__":{"x":1}}`),
      'invalid-input',
    ],
    ['path syntax in an id', 'getDocument', () => ({ documentId: '../project' }), 'invalid-input'],
    ['unknown document', 'getDocument', () => ({ documentId: 'no-such-doc' }), 'not-found'],
    ['empty title', 'addDocument', () => ({ title: '  ', text: 'x' }), 'invalid-input'],
    ['empty text', 'addDocument', () => ({ title: 'x', text: ' \n ' }), 'invalid-input'],
    ['oversized text', 'addDocument', () => ({ title: 'x', text: 'я'.repeat(limits.textLength + 1) }), 'too-large'],
    ['text not a string', 'addDocument', () => ({ title: 'x', text: 42 }), 'invalid-input'],
    ['unknown tag', 'createAnnotation', () => ({ documentId: doc.id, tagId: 'nope', start: 0, end: 3 }), 'not-found'],
    [
      'unknown document for annotation',
      'createAnnotation',
      () => ({ documentId: 'zzz', tagId: 'claim', start: 0, end: 3 }),
      'not-found',
    ],
    [
      'span past the end',
      'createAnnotation',
      () => ({ documentId: doc.id, tagId: 'claim', start: 0, end: 10_000 }),
      'invalid-input',
    ],
    [
      'empty span',
      'createAnnotation',
      () => ({ documentId: doc.id, tagId: 'claim', start: 4, end: 4 }),
      'invalid-input',
    ],
    [
      'negative start',
      'createAnnotation',
      () => ({ documentId: doc.id, tagId: 'claim', start: -1, end: 4 }),
      'invalid-input',
    ],
    [
      'fractional offset',
      'createAnnotation',
      () => ({ documentId: doc.id, tagId: 'claim', start: 1.5, end: 4 }),
      'invalid-input',
    ],
    [
      'span inside an emoji',
      'createAnnotation',
      () => ({ documentId: doc.id, tagId: 'claim', start: text.indexOf('🛡') + 1, end: text.indexOf('🛡') + 4 }),
      'invalid-input',
    ],
    [
      'duplicate id',
      'createAnnotation',
      () => ({ id: annotation.id, documentId: doc.id, tagId: 'claim', start: 0, end: 3 }),
      'conflict',
    ],
    ['unknown annotation', 'updateAnnotation', () => ({ annotationId: 'gone', note: 'x' }), 'not-found'],
    ['start without end', 'updateAnnotation', () => ({ annotationId: annotation.id, start: 2 }), 'invalid-input'],
    [
      'note too long',
      'updateAnnotation',
      () => ({ annotationId: annotation.id, note: 'x'.repeat(limits.noteLength + 1) }),
      'too-large',
    ],
    ['unknown annotation to delete', 'deleteAnnotation', () => ({ annotationId: 'gone' }), 'not-found'],
  ];

  it.each(bad)('refuses %s with a clear error and changes nothing', async (_, name, input, code) => {
    const before = await snapshot();
    const envelope = await dispatch(name, input());
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe(code);
      expect(envelope.error.message.length).toBeGreaterThan(10);
    }
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports an unexpected error as internal, without crashing', async () => {
    const broken = createDispatch(
      {
        ...createHandlers(session),
        getCodebook: async () => {
          throw new TypeError('boom');
        },
      },
      () => {},
    );
    expect(await broken('getCodebook', {})).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Glossator (boom).',
        text: { key: 'errors:internal', params: { reason: 'boom' } },
      },
    });
  });
});
