import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { planDocumentDeletion } from '../services/document-deletion.ts';
import { takeDecisionEdit } from '../testing/curation-edit.ts';
import { folderSnapshot } from '../testing/folder-snapshot.ts';
import { addTestDocument, openTestStore, testAnnotation, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { JOURNAL_FILE, sha256 } from './change-journal.ts';
import { isDataFile, layout } from './project-layout.ts';
import type { ProjectStore } from './project-store.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const text = 'Токаев заявил: угроза терроризма сохраняется. Меры будут приняты в рамках ШОС.';
const created = '2026-03-01T10:00:00.000Z';
const reason = (id: string, label: string) => ({ id, after: { id, label, created } });

/** Two documents, each with one coder annotation, the first decided once; returns the open store. */
async function curatedProject(): Promise<ProjectStore> {
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
  return store;
}

const curationFile = (id: string) => layout.curationFile(dir, id);

describe('curation files', () => {
  it('keep decisions, statuses and quick reasons across a reopen, one record per line', async () => {
    const store = await curatedProject();
    await store.commit({ quickReasons: [reason('q1', 'правило 3'), reason('q2', 'граница: всё предложение')] });
    await store.commit(
      takeDecisionEdit(
        store,
        'doc-a',
        text,
        { start: 7, end: 13 },
        { decision: 'dec-2', result: 'cur-2', source: 'x' },
      ),
    );
    const decisions = [...store.curationDecisionsOf('doc-a')];
    await store.close();

    const onDisk = await readFile(curationFile('doc-a'), 'utf8');
    const lines = onDisk.split('\n');
    // schemaVersion, documentId, status each on a line; each decision on its own.
    expect(lines[0]).toBe('{');
    expect(lines.filter((l) => l.startsWith('{"id":"dec-')).length).toBe(2);
    expect(JSON.parse(onDisk)).toMatchObject({ schemaVersion: SCHEMA_VERSION, documentId: 'doc-a' });
    expect(existsSync(curationFile('doc-b'))).toBe(false);
    expect(JSON.parse(await readFile(layout.quickReasonsFile(dir), 'utf8')).quickReasons).toHaveLength(2);

    const again = await openTestStore(dir);
    try {
      expect(again.problems).toEqual([]);
      expect(again.curationDecisionsOf('doc-a')).toEqual(decisions);
      expect(again.curationDecisions().map((d) => d.id)).toEqual(['dec-1', 'dec-2']);
      expect(again.curationDecisionsOf('doc-b')).toEqual([]);
      expect(again.curationStatusOf('doc-a')).toBe('in-progress');
      expect(again.curationStatusOf('doc-b')).toBe('not-started');
      expect(again.listDocuments().map((d) => [d.id, d.curationStatus])).toEqual([
        ['doc-a', 'in-progress'],
        ['doc-b', 'not-started'],
      ]);
      expect(again.quickReasons().map((r) => r.label)).toEqual(['правило 3', 'граница: всё предложение']);
      expect(again.annotationsOf('doc-a').filter((a) => a.coderId === CURATED_CODER_ID)).toHaveLength(2);
      expect(again.info().coders.map((c) => c.id)).toContain(CURATED_CODER_ID);
    } finally {
      await again.close();
    }
  });

  it('follow every edit and its undo in the per-document index', async () => {
    const store = await curatedProject();
    const undoDone = await store.commit({
      curationStatuses: [
        {
          id: 'doc-a',
          after: { id: 'doc-a', status: 'done', curatorId: testCoder.id, curatorName: testCoder.name, at: created },
        },
      ],
    });
    expect(store.curationStatusOf('doc-a')).toBe('done');
    const second = takeDecisionEdit(
      store,
      'doc-b',
      text,
      { start: 0, end: 6 },
      { decision: 'dec-b', result: 'cur-b', source: 'doc-b-1' },
    );
    const undoSecond = await store.commit(second);
    expect(store.curationDecisionsOf('doc-b').map((d) => d.id)).toEqual(['dec-b']);
    expect(store.curationStatusOf('doc-b')).toBe('in-progress');
    await store.commit(undoSecond);
    expect(store.curationDecisionsOf('doc-b')).toEqual([]);
    expect(store.curationStatusOf('doc-b')).toBe('not-started');
    await store.commit(undoDone);
    expect(store.curationStatusOf('doc-a')).toBe('in-progress');
    expect(store.curationDecisionsOf('doc-a').map((d) => d.id)).toEqual(['dec-1']);
    await store.close();
  });

  it('go when nothing is left in them: undoing the first decision leaves the folder as it was', async () => {
    const store = await openTestStore(dir);
    await addTestDocument(store, 'doc-a', text);
    await store.putAnnotation(testAnnotation('doc-a', text, 0, 6, 'doc-a-1'));
    const before = await folderSnapshot(dir);
    const undoFirst = await store.commit(
      takeDecisionEdit(store, 'doc-a', text, { start: 0, end: 6 }, { decision: 'd1', result: 'r1', source: 'doc-a-1' }),
    );
    const undoReasons = await store.commit({ quickReasons: [reason('q1', 'правило 3')] });
    expect(existsSync(curationFile('doc-a'))).toBe(true);
    expect(existsSync(layout.quickReasonsFile(dir))).toBe(true);
    await store.commit(undoReasons);
    await store.commit(undoFirst);
    expect(existsSync(layout.quickReasonsFile(dir))).toBe(false);
    expect(existsSync(layout.curationDir(dir))).toBe(false);
    expect(await folderSnapshot(dir)).toEqual(before);
    await store.close();
  });

  it('a damaged curation file is set aside and read-only no longer; every other document opens with its curation', async () => {
    const store = await curatedProject();
    await store.commit(
      takeDecisionEdit(store, 'doc-b', text, { start: 0, end: 6 }, { decision: 'dec-b', result: 'cur-b', source: 'x' }),
    );
    await store.close();
    await writeFile(curationFile('doc-b'), '{"schemaVersion": 4, "documentId": "doc-b", "status": nul');
    const again = await openTestStore(dir);
    try {
      expect(again.problems).toHaveLength(1);
      expect(again.problems[0]).toMatchObject({ file: 'curation/doc-b.json', kind: 'invalid-json', readOnly: false });
      expect(again.problems[0]?.setAsideAs).toMatch(/^curation\/doc-b\.damaged-.+\.json$/);
      expect(again.curationDecisionsOf('doc-a').map((d) => d.id)).toEqual(['dec-1']);
      expect(again.curationDecisionsOf('doc-b')).toEqual([]);
      // The set-aside copy is not read as a curation file (its name is no id).
      expect((await readdir(layout.curationDir(dir))).sort()).toEqual([
        'doc-a.json',
        again.problems[0]?.setAsideAs?.slice('curation/'.length),
      ]);
    } finally {
      await again.close();
    }
    const third = await openTestStore(dir);
    expect(third.problems).toEqual([]);
    await third.close();
  });

  it('a curation file naming another document, or holding another document’s decision, is damaged', async () => {
    const store = await curatedProject();
    await store.close();
    const content = await readFile(curationFile('doc-a'), 'utf8');
    await writeFile(curationFile('doc-b'), content);
    await writeFile(
      curationFile('doc-c'),
      content.replace('"documentId": "doc-a"', '"documentId": "doc-c"').replace('"id":"doc-a"', '"id":"doc-c"'),
    );
    const again = await openTestStore(dir);
    try {
      const problems = again.problems.map((p) => p.file).sort();
      expect(problems).toEqual(['curation/doc-b.json', 'curation/doc-c.json']);
      expect(again.curationDecisions().map((d) => d.id)).toEqual(['dec-1']);
    } finally {
      await again.close();
    }
  });

  it('a file the store cannot read stays where it is, and changes to that document’s curation are refused', async () => {
    const store = await curatedProject();
    await store.close();
    // A folder where the file should be: never opened, reported, read-only.
    await mkdir(curationFile('doc-b'));
    const again = await openTestStore(dir);
    try {
      expect(again.problems.map((p) => [p.file, p.readOnly])).toEqual([['curation/doc-b.json', true]]);
      const edit = takeDecisionEdit(
        again,
        'doc-b',
        text,
        { start: 0, end: 6 },
        { decision: 'dec-b', result: 'cur-b', source: 'doc-b-1' },
      );
      await expect(again.commit(edit)).rejects.toMatchObject({ code: 'io', message: /curation\/doc-b\.json/ });
      expect(again.curationDecisionsOf('doc-b')).toEqual([]);
      expect(again.annotationsOf('doc-b').map((a) => a.id)).toEqual(['doc-b-1']);
      // Another document's curation is written as ever.
      await again.commit(
        takeDecisionEdit(again, 'doc-a', text, { start: 7, end: 13 }, { decision: 'd2', result: 'r2', source: 'x' }),
      );
    } finally {
      await again.close();
    }
  });

  it.each(['curation/doc-a.json', 'curation.json'])('a newer %s refuses the project untouched', async (file) => {
    const store = await curatedProject();
    await store.commit({ quickReasons: [reason('q1', 'правило 3')] });
    await store.close();
    await writeFile(join(dir, file), `${JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, future: true })}\n`);
    const before = await folderSnapshot(dir);
    await expect(openTestStore(dir)).rejects.toMatchObject({ code: 'newer-version', message: new RegExp(file) });
    expect(await folderSnapshot(dir)).toEqual(before);
  });

  it('names that are not an id + .json are left alone, not read', async () => {
    const store = await curatedProject();
    await store.close();
    await writeFile(join(layout.curationDir(dir), 'заметки.txt'), 'не наше');
    await writeFile(join(layout.curationDir(dir), 'doc-b.json.bak'), 'не наше');
    await writeFile(join(layout.curationDir(dir), 'a.b.json'), 'не наше');
    const again = await openTestStore(dir);
    try {
      expect(again.problems).toEqual([]);
      expect((await readdir(layout.curationDir(dir))).length).toBe(4);
    } finally {
      await again.close();
    }
    expect(isDataFile('curation/doc-a.json')).toBe(true);
    expect(isDataFile('curation.json')).toBe(true);
    expect(isDataFile('curation/a.b.json')).toBe(false);
    expect(isDataFile('curation/doc-a.damaged-2026-01-01T00-00-00-000Z.json')).toBe(false);
    expect(isDataFile('curation/x/doc-a.json')).toBe(false);
  });

  it('a pending journal’s new curation file is read at open and completed', async () => {
    const store = await curatedProject();
    await store.close();
    const target = 'curation/doc-b.json';
    const content = (await readFile(curationFile('doc-a'), 'utf8'))
      .replaceAll('doc-a', 'doc-b')
      .replace('"dec-1"', '"dec-journal"');
    await mkdir(layout.tempDir(dir), { recursive: true });
    await writeFile(join(dir, '.tmp/.c.0123456789ab.tmp'), content);
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: [
          { target, temp: '.tmp/.c.0123456789ab.tmp', sha256: sha256(content) },
          { target: 'curation/doc-a.json', temp: null, sha256: null },
        ],
      }),
    );
    const again = await openTestStore(dir);
    try {
      expect(again.recovered.map((r) => r.kind)).toEqual(['completed-change']);
      expect(again.curationDecisionsOf('doc-b').map((d) => d.id)).toEqual(['dec-journal']);
      // The file the journal removes counts as gone already.
      expect(again.curationDecisionsOf('doc-a')).toEqual([]);
      expect(await readFile(curationFile('doc-b'), 'utf8')).toBe(content);
      expect(existsSync(curationFile('doc-a'))).toBe(false);
    } finally {
      await again.close();
    }
  });
});

describe('what a curation edit may name', () => {
  it('a decision or status of a document that is not there is refused, with nothing changed', async () => {
    const store = await curatedProject();
    const edit = takeDecisionEdit(
      store,
      'doc-a',
      text,
      { start: 7, end: 13 },
      { decision: 'd', result: 'r', source: 's' },
    );
    const stray = { ...edit.curationDecisions![0]!.after!, documentId: 'doc-gone' };
    await expect(store.commit({ curationDecisions: [{ id: 'd', after: stray }] })).rejects.toMatchObject({
      code: 'not-found',
      message: /doc-gone/,
    });
    const status = { id: 'doc-gone', status: 'done' as const, curatorId: 'c', curatorName: 'К', at: created };
    await expect(store.commit({ curationStatuses: [{ id: 'doc-gone', after: status }] })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(store.curationDecisions().map((d) => d.id)).toEqual(['dec-1']);
    expect(existsSync(curationFile('doc-gone'))).toBe(false);
    await store.close();
  });

  it('no two quick reasons read the same, case aside', async () => {
    const store = await openTestStore(dir);
    await store.commit({ quickReasons: [reason('q1', 'Правило 3')] });
    await expect(store.commit({ quickReasons: [reason('q2', 'правило 3')] })).rejects.toMatchObject({
      code: 'conflict',
      message: /Правило 3|правило 3/,
    });
    // Renaming one to its own words again is not a second.
    await store.commit({ quickReasons: [reason('q1', 'ПРАВИЛО 3')] });
    expect(store.quickReasons().map((r) => r.label)).toEqual(['ПРАВИЛО 3']);
    await store.close();
  });

  it('the session’s coder may not be the curated layer', async () => {
    await expect(openTestStore(dir).then(() => null)).resolves.toBeNull();
    const { ProjectStore } = await import('./project-store.ts');
    await expect(
      ProjectStore.open(join(dir, 'other'), { coder: { id: CURATED_CODER_ID, name: 'Я' } }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: /curated/ });
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });
});

describe('deleting a curated document', () => {
  it('takes its decisions, status and curated annotations with it, and undo brings them all back', async () => {
    const store = await curatedProject();
    const before = {
      decisions: [...store.curationDecisionsOf('doc-a')],
      status: store.curationStatusRecordOf('doc-a'),
      annotations: store.annotations('doc-a'),
    };
    const { edit } = planDocumentDeletion(store, ['doc-a']);
    const undo = await store.commit(edit);
    expect(store.curationDecisions()).toEqual([]);
    expect(store.curationStatusOf('doc-a')).toBe('not-started');
    expect(existsSync(curationFile('doc-a'))).toBe(false);
    expect(existsSync(layout.documentDir(dir, 'doc-a'))).toBe(false);
    await store.commit(undo);
    expect(store.curationDecisionsOf('doc-a')).toEqual(before.decisions);
    expect(store.curationStatusRecordOf('doc-a')).toEqual(before.status);
    expect(store.annotations('doc-a')).toEqual(before.annotations);
    await store.close();
    const again = await openTestStore(dir);
    expect(again.curationDecisionsOf('doc-a')).toEqual(before.decisions);
    expect(again.annotations('doc-a').some((a) => a.coderId === CURATED_CODER_ID)).toBe(true);
    await again.close();
  });
});
