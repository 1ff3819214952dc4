import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurationDecision } from '../../../shared/curation/curation-types.ts';
import { translator } from '../../../shared/i18n/i18n.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
import { type CurationFile, SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { planDocumentDeletion } from '../services/document-deletion.ts';
import { takeDecisionEdit } from '../testing/curation-edit.ts';
import { folderSnapshot } from '../testing/folder-snapshot.ts';
import { addTestDocument, openTestStore, testAnnotation } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { JOURNAL_FILE } from './change-journal.ts';
import { replacesCycles } from './curation-checks.ts';
import { layout } from './project-layout.ts';
import type { ProjectStore } from './project-store.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const text = 'Токаев заявил: угроза терроризма сохраняется. Меры будут приняты в рамках ШОС.';
const ru = translator('ru');

/**
 * A real project: doc-a and doc-b, each with a coder annotation, doc-a
 * decided once (dec-1) by the store. Returns dec-1 as the store wrote it,
 * the model for the decisions the cases below write by hand.
 */
async function project(): Promise<CurationDecision> {
  const store = await openTestStore(dir);
  for (const id of ['doc-a', 'doc-b']) {
    await addTestDocument(store, id, text);
    await store.putAnnotation(testAnnotation(id, text, 0, 6, `${id}-1`));
  }
  await store.commit(
    takeDecisionEdit(
      store,
      'doc-a',
      text,
      { start: 0, end: 6 },
      { decision: 'dec-1', result: 'cur-1', source: 'doc-a-1' },
    ),
  );
  await store.close();
  const file = JSON.parse(await readFile(layout.curationFile(dir, 'doc-a'), 'utf8')) as CurationFile;
  return file.decisions[0] as CurationDecision;
}

/** Writes curation/<documentId>.json by hand, as an editor or another program could. */
async function writeCuration(documentId: string, decisions: CurationDecision[]): Promise<void> {
  const file = { schemaVersion: SCHEMA_VERSION, documentId, status: null, decisions };
  await writeFile(layout.curationFile(dir, documentId), JSON.stringify(file, null, 2));
}

const decision = (model: CurationDecision, id: string, documentId: string, replaces?: string[]): CurationDecision => ({
  ...model,
  id,
  documentId,
  ...(replaces ? { replaces } : {}),
});

/** Opens the project, runs the checks, closes it. */
async function open(check: (store: ProjectStore) => void | Promise<void>): Promise<void> {
  const store = await openTestStore(dir);
  try {
    await check(store);
  } finally {
    await store.close();
  }
}

/** What is in curation/ now, besides the set-aside copies. */
async function curationNames(): Promise<string[]> {
  return (await readdir(layout.curationDir(dir))).sort();
}

describe('curation files that disagree with each other or with the documents', () => {
  it('a good project, re-decided and reopened, opens with no problem and its files untouched', async () => {
    const dec1 = await project();
    // A chain of replacements across two files is no circle.
    await writeCuration('doc-a', [dec1, decision(dec1, 'dec-2', 'doc-a', ['dec-1'])]);
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b', ['dec-2'])]);
    const before = await folderSnapshot(dir);
    await open((store) => {
      expect(store.problems).toEqual([]);
      expect(store.curationDecisions().map((d) => d.id)).toEqual(['dec-1', 'dec-2', 'dec-b']);
    });
    await open((store) => expect(store.problems).toEqual([]));
    expect(await folderSnapshot(dir)).toEqual(before);
  });

  it('the same decision twice in one file: the file is set aside, the rest opens', async () => {
    const dec1 = await project();
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b')]);
    await writeCuration('doc-a', [dec1, decision(dec1, 'dec-2', 'doc-a'), dec1]);
    await open((store) => {
      expect(store.problems).toHaveLength(1);
      const [problem] = store.problems;
      expect(problem).toMatchObject({ file: 'curation/doc-a.json', kind: 'wrong-shape', readOnly: false });
      expect(problem?.text).toMatchObject({
        key: 'curation:problem',
        params: { what: 'decisionTwice', decision: 'dec-1' },
      });
      expect(problem?.setAsideAs).toMatch(/^curation\/doc-a\.damaged-.+\.json$/);
      expect(problem?.message).toBe(
        `curation/doc-a.json does not have the expected contents (decision dec-1 is in it twice). It was kept as ${problem?.setAsideAs} and nothing was overwritten.`,
      );
      expect(wordMessage(ru, problem?.text)).toBe(
        `В файле curation/doc-a.json не то содержимое, которое ожидалось: решение dec-1 записано в нём дважды. Файл сохранён как ${problem?.setAsideAs}, ничего не перезаписано.`,
      );
      expect(store.curationDecisions().map((d) => d.id)).toEqual(['dec-b']);
      expect(store.listDocuments().map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
      expect(store.annotationsOf('doc-a').length).toBeGreaterThan(0);
    });
    expect(existsSync(layout.curationFile(dir, 'doc-a'))).toBe(false);
    // Set aside once: the next open finds nothing wrong, and curating doc-a starts afresh.
    await open((store) => {
      expect(store.problems).toEqual([]);
      expect(store.curationDecisionsOf('doc-a')).toEqual([]);
    });
  });

  it('the same decision in two files: the later file by name is set aside, the earlier kept', async () => {
    const dec1 = await project();
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b'), decision(dec1, 'dec-1', 'doc-b')]);
    await open((store) => {
      expect(store.problems.map((p) => p.file)).toEqual(['curation/doc-b.json']);
      expect(store.problems[0]?.text).toMatchObject({
        key: 'curation:problem',
        params: { what: 'decisionInTwoFiles', decision: 'dec-1', other: 'curation/doc-a.json' },
      });
      expect(store.problems[0]?.message).toContain(
        'decision dec-1 is also in curation/doc-a.json, which was read first',
      );
      expect(store.curationDecisions().map((d) => [d.id, d.documentId])).toEqual([['dec-1', 'doc-a']]);
    });
    expect(await curationNames()).toEqual(['doc-a.json', expect.stringMatching(/^doc-b\.damaged-.+\.json$/)]);
  });

  it('a curation file for a document the project does not hold is set aside, not kept unseen', async () => {
    const dec1 = await project();
    await writeCuration('doc-z', [decision(dec1, 'dec-z', 'doc-z')]);
    await open((store) => {
      expect(store.problems).toHaveLength(1);
      expect(store.problems[0]).toMatchObject({ file: 'curation/doc-z.json', readOnly: false });
      expect(store.problems[0]?.text).toMatchObject({ params: { what: 'noDocument', named: 'doc-z' } });
      expect(store.problems[0]?.message).toMatch(
        /^curation\/doc-z\.json holds the curation of document doc-z, which is not in this project\. It was kept as curation\/doc-z\.damaged-/,
      );
      expect(wordMessage(ru, store.problems[0]?.text)).toContain(
        'курирование документа doc-z, а такого документа в проекте нет',
      );
      expect(store.curationDecisions().map((d) => d.id)).toEqual(['dec-1']);
    });
    expect(existsSync(layout.curationFile(dir, 'doc-z'))).toBe(false);
  });

  it('a document whose document.json is damaged still owns its curation', async () => {
    await project();
    await writeFile(layout.documentFile(dir, 'doc-a'), '{"schemaVersion"');
    await open((store) => {
      expect(store.problems.map((p) => p.file)).toEqual(['documents/doc-a/document.json']);
    });
    expect(existsSync(layout.curationFile(dir, 'doc-a'))).toBe(true);
  });

  it('decisions that replace one another in a circle: the file is set aside, so no unit reads undecided', async () => {
    const dec1 = await project();
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b')]);
    await writeCuration('doc-a', [
      decision(dec1, 'dec-1', 'doc-a', ['dec-2']),
      decision(dec1, 'dec-2', 'doc-a', ['dec-1']),
    ]);
    await open((store) => {
      expect(store.problems.map((p) => p.file)).toEqual(['curation/doc-a.json']);
      expect(store.problems[0]?.text).toMatchObject({
        key: 'curation:problem',
        params: { what: 'replacesCycle', cycle: 'dec-1 → dec-2 → dec-1' },
      });
      expect(store.problems[0]?.message).toContain(
        'its decisions replace one another in a circle: dec-1 → dec-2 → dec-1',
      );
      expect(store.curationDecisions().map((d) => d.id)).toEqual(['dec-b']);
    });
  });

  it('a circle through two files sets both aside; a decision replacing itself is a circle too', async () => {
    const dec1 = await project();
    await writeCuration('doc-a', [decision(dec1, 'dec-1', 'doc-a', ['dec-b'])]);
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b', ['dec-1'])]);
    await open((store) => {
      expect(store.problems.map((p) => [p.file, p.text.params?.what])).toEqual([
        ['curation/doc-a.json', 'replacesCycle'],
        ['curation/doc-b.json', 'replacesCycle'],
      ]);
      expect(store.curationDecisions()).toEqual([]);
      expect(store.listDocuments().map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    });
    await writeCuration('doc-b', [decision(dec1, 'dec-b', 'doc-b', ['dec-b'])]);
    await open((store) => {
      expect(store.problems.map((p) => [p.file, p.text.params?.cycle])).toEqual([
        ['curation/doc-b.json', 'dec-b → dec-b'],
      ]);
    });
  });
});

describe('deleting a document and its curation, and the undo', () => {
  it('reopen with no problem after the deletion: the curation file went with the document', async () => {
    await project();
    const store = await openTestStore(dir);
    await store.commit(planDocumentDeletion(store, ['doc-a']).edit);
    await store.close();
    expect(existsSync(layout.curationFile(dir, 'doc-a'))).toBe(false);
    await open((again) => {
      expect(again.problems).toEqual([]);
      expect(again.curationDecisions()).toEqual([]);
      expect(again.listDocuments().map((d) => d.id)).toEqual(['doc-b']);
    });
  });

  it('a deletion undone in the same session reopens whole, its curation with it', async () => {
    await project();
    const store = await openTestStore(dir);
    const undo = await store.commit(planDocumentDeletion(store, ['doc-a']).edit);
    await store.commit(undo);
    await store.close();
    await open((again) => {
      expect(again.problems).toEqual([]);
      expect(again.curationDecisionsOf('doc-a').map((d) => d.id)).toEqual(['dec-1']);
    });
  });

  it('a crash in the middle of a deletion: the journal completes it, the curation file goes with it', async () => {
    await project();
    const docFiles = (await readdir(layout.documentDir(dir, 'doc-a'))).map((n) => `documents/doc-a/${n}`);
    const targets = [...docFiles, 'curation/doc-a.json'];
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: targets.map((target) => ({ target, temp: null, sha256: null })),
      }),
    );
    // The document's files went before the crash; its curation file is still there.
    for (const f of docFiles) await rm(join(dir, f));
    await open((store) => {
      expect(store.problems).toEqual([]);
      expect(store.recovered.map((r) => r.kind)).toEqual(['completed-change']);
      expect(store.listDocuments().map((d) => d.id)).toEqual(['doc-b']);
      expect(store.curationDecisions()).toEqual([]);
    });
    expect(existsSync(layout.curationFile(dir, 'doc-a'))).toBe(false);
  });
});

describe('replacesCycles', () => {
  const d = (id: string, replaces: string[]) => ({ id, replaces }) as unknown as CurationDecision;
  it('finds each circle once, ignores ids naming no decision, and walks a long chain without recursion', () => {
    expect(replacesCycles([d('a', ['b']), d('b', ['c']), d('c', ['a']), d('x', ['a', 'gone'])])).toEqual([
      ['a', 'b', 'c'],
    ]);
    expect(replacesCycles([d('a', ['b']), d('b', [])])).toEqual([]);
    const chain = Array.from({ length: 50_000 }, (_, i) => d(`n${i}`, i ? [`n${i - 1}`] : []));
    expect(replacesCycles(chain)).toEqual([]);
    const circle = replacesCycles([d('n0', ['n49999']), ...chain.slice(1)]);
    expect(circle.map((c) => c.length)).toEqual([50_000]);
  });
});
