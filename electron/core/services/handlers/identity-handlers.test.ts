import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layout } from '../../store/project-layout.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
beforeEach(async () => {
  t = await openTestSession();
});
afterEach(() => t.close());

describe('the coder’s name', () => {
  it('is changed for the project and the session; the id on every annotation stays', async () => {
    const doc = await t.call('addDocument', { title: 'Заявление', text: 'Токаев заявил о сотрудничестве.' });
    const before = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 6 });
    const { coder } = await t.call('getIdentity', {});
    const info = await t.call('setCoderName', { name: '  Айгерим Нурланова ' });
    expect(info.coder).toEqual({ id: coder.id, name: 'Айгерим Нурланова' });
    expect(info.coders.find((c) => c.id === coder.id)?.name).toBe('Айгерим Нурланова');
    expect(await t.call('getIdentity', {})).toEqual({
      coder: { id: coder.id, name: 'Айгерим Нурланова' },
      confirmed: true,
      language: null,
    });
    // The language chosen in Settings is remembered with who you are.
    expect(await t.call('setLanguage', { language: 'ru' })).toEqual({ language: 'ru' });
    expect((await t.call('getIdentity', {})).language).toBe('ru');
    expect((await t.fail('setLanguage', { language: 'de' })).code).toBe('invalid-input');
    const project = JSON.parse(await readFile(layout.projectFile(t.dir), 'utf8'));
    expect(project.coders.find((c: { id: string }) => c.id === coder.id).name).toBe('Айгерим Нурланова');
    const after = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 7, end: 13 });
    expect([before.coderId, after.coderId]).toEqual([coder.id, coder.id]);
  });

  it('refuses an empty or too long name, changing nothing', async () => {
    const { coder } = await t.call('getIdentity', {});
    expect((await t.fail('setCoderName', { name: '   ' })).code).toBe('invalid-input');
    expect((await t.fail('setCoderName', { name: 'я'.repeat(201) })).code).toBe('too-large');
    expect((await t.call('getIdentity', {})).coder).toEqual(coder);
  });
});

describe('the project’s name', () => {
  it('is changed in project.json; an empty name is refused', async () => {
    const info = await t.call('renameProject', { name: ' ШОС: рабочая группа ' });
    expect(info.name).toBe('ШОС: рабочая группа');
    expect(JSON.parse(await readFile(layout.projectFile(t.dir), 'utf8')).name).toBe('ШОС: рабочая группа');
    expect((await t.fail('renameProject', { name: '  ' })).code).toBe('invalid-input');
  });
});
