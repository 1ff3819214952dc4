import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';
import type { DocumentSummary } from '../../../shared/model/document.ts';
import { takeDecisionEdit } from '../testing/curation-edit.ts';
import { openTestSession, type TestSession } from '../testing/test-session.ts';
import { layout } from '../store/project-layout.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество с ОДКБ.';

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Текст', text });
  const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
  const store = t.session.store;
  await store.commit(
    takeDecisionEdit(store, doc.id, text, { start: 0, end: 7 }, { decision: 'dec-1', result: 'cur-1', source: a.id }),
  );
  await store.commit({ quickReasons: [{ id: 'q1', after: { id: 'q1', label: 'правило 3', created: a.created } }] });
  await t.session.backups.idle();
});
afterEach(() => t.close());

describe('backups of curation', () => {
  it('hold the curation files and put them back on restore', async () => {
    const backup = await t.call('takeBackup', {});
    // Everything curated taken away: the files go.
    const store = t.session.store;
    const decision = store.curationDecisionsOf(doc.id)[0]!;
    await store.commit({
      annotations: [{ id: 'cur-1', documentId: doc.id, after: null }],
      curationDecisions: [{ id: decision.id, after: null }],
      curationStatuses: [{ id: doc.id, after: null }],
      quickReasons: [{ id: 'q1', after: null }],
    });
    expect(existsSync(layout.curationFile(t.dir, doc.id))).toBe(false);
    expect(existsSync(layout.quickReasonsFile(t.dir))).toBe(false);

    const result = await t.call('restoreBackup', { backupId: backup.id });
    expect(result.change.reload).toBe(true);
    const restored = t.session.store;
    expect(restored.curationDecisionsOf(doc.id)).toEqual([decision]);
    expect(restored.curationStatusOf(doc.id)).toBe('in-progress');
    expect(restored.quickReasons().map((r) => r.label)).toEqual(['правило 3']);
    expect(restored.annotationsOf(doc.id).some((a) => a.coderId === CURATED_CODER_ID)).toBe(true);
    expect((await t.call('listDocuments', {}))[0]?.curationStatus).toBe('in-progress');
  });

  it('list a damaged curation file set aside at open, and restore it from the last backup', async () => {
    await t.call('takeBackup', {});
    await t.session.close();
    await writeFile(layout.curationFile(t.dir, doc.id), '{"cut off');
    await t.session.open(t.dir, { withSample: false });
    expect(t.session.store.curationDecisionsOf(doc.id)).toEqual([]);
    const { setAside } = await t.call('listBackups', {});
    expect(setAside.map((f) => f.original)).toEqual([`curation/${doc.id}.json`]);
    expect(setAside[0]?.restorableFrom).not.toBeNull();
    await t.call('restoreSetAside', { path: setAside[0]?.path as string });
    expect(t.session.store.curationDecisionsOf(doc.id).map((d) => d.id)).toEqual(['dec-1']);
  });
});

describe('the curated layer', () => {
  it('refuses ordinary annotation and link edits, in words of its own', async () => {
    const refused = await t.fail('updateAnnotation', { annotationId: 'cur-1', note: 'правка' });
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/curated layer changes only through curation decisions/);
    expect((await t.fail('deleteAnnotation', { annotationId: 'cur-1' })).code).toBe('forbidden');
    expect(t.session.store.annotation('cur-1').note).toBe('');
  });
});
