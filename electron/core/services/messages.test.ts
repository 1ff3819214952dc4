import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/i18n.ts';
import { message } from '../../../shared/i18n/message.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
import { createClient } from '../../../shared/ipc/client.ts';
import { ApiError, inEnglish, unwrapEnvelope } from '../../../shared/ipc/errors.ts';
import type { RawApi } from '../../../shared/ipc/contract.ts';
import { callNames } from '../../../shared/ipc/call-names.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { openTestSession, type TestSession } from '../testing/test-session.ts';
import { createHandlers } from './create-handlers.ts';
import { createDispatch } from './dispatch.ts';
import { HistoryLog, historyFile } from './history-log.ts';

const en = translator('en');
const ru = translator('ru');

/** The client the window uses, over the real dispatch (what IPC carries is plain JSON). */
function clientOver(t: TestSession) {
  const dispatch = createDispatch(createHandlers(t.session), () => {});
  const raw = Object.fromEntries(
    callNames.map((name) => [name, async (input: unknown) => JSON.parse(JSON.stringify(await dispatch(name, input)))]),
  ) as unknown as RawApi;
  return createClient(raw);
}

describe('the core says codes, the window words them', () => {
  let t: TestSession;
  beforeEach(async () => {
    t = await openTestSession();
  });
  afterEach(() => t.close());

  it('sends an error as a Message that crosses dispatch and the client intact and reads in Russian', async () => {
    const api = clientOver(t);
    const error = await api.getDocument({ documentId: 'no-such-document' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const failure = error as ApiError;
    expect(failure.code).toBe('not-found');
    expect(failure.text).toEqual({ key: 'errors:noDocument', params: { id: 'no-such-document' } });
    expect(failure.message).toBe('There is no document no-such-document in this project.');
    expect(wordMessage(ru, failure.text)).toBe('В проекте нет документа no-such-document.');
  });

  it('words a refused input in the language, keeping zod’s English as the message', async () => {
    const failure = await t.fail('addDocument', { title: '  ', text: 'x' });
    expect(failure.message).toMatch(/^addDocument: /);
    const text = (failure as { text?: unknown }).text as ApiError['text'];
    expect(text).toMatchObject({ params: { call: 'addDocument', field: 'title' } });
    expect(wordMessage(ru, text)).toMatch(/^addDocument: поле title/);
  });

  it('labels undo steps as Messages that read in English and Russian, with plurals', async () => {
    const api = clientOver(t);
    const a = await api.addDocument({ title: 'Один', text: 'Первый текст.' });
    const b = await api.addDocument({ title: 'Два', text: 'Второй текст.' });
    await api.updateDocuments({ documentIds: [a.id, b.id], metadata: { source: 'ТАСС' } });
    const labels = await api.getHistory({});
    expect(labels.undo).toEqual({ key: 'history:editDetailsOf', params: { count: 2 } });
    expect(wordMessage(en, labels.undo)).toBe('Edit the details of 2 documents');
    expect(wordMessage(ru, labels.undo)).toBe('Изменить сведения о 2 документах');
    const undone = await api.undo({});
    expect(wordMessage(ru, undone.label)).toBe('Изменить сведения о 2 документах');
    expect(wordMessage(ru, undone.next.redo)).toBe('Изменить сведения о 2 документах');
  });

  it('drops a text that is not a Message when unwrapping a failure', () => {
    for (const text of [{ key: 42 }, { key: 'errors:noDocument', params: { id: { nested: true } } }, 'words']) {
      const error = (() => {
        try {
          unwrapEnvelope({ ok: false, error: { code: 'not-found', message: 'Gone.', text } });
        } catch (e) {
          return e as ApiError;
        }
      })();
      expect(error?.message).toBe('Gone.');
      expect(error?.text).toBeUndefined();
    }
  });

  it('words counts as the language writes numbers, and nested codes (a failed write and its cause)', () => {
    const full = message('errors:projectFull-actors', { count: 10_000 });
    expect(inEnglish(full)).toBe('A project holds at most 10,000 actors. Nothing was changed.');
    expect(wordMessage(ru, full)).toMatch(/^В проекте может быть не больше 10\s000 акторов\./);
    const failed = message('errors:ioFailedBecause', { what: 'saveDocument', cause: 'full', title: 'Текст' });
    expect(inEnglish(failed)).toBe(
      'Could not save the document “Текст”: the disk is full. Nothing was changed; free some space or fix the folder, then try again.',
    );
    expect(wordMessage(ru, failed)).toMatch(/^Не удалось сохранить документ «Текст»: диск заполнен\./);
  });

  it('words a restore step’s moment as the caller asks, digits by default', () => {
    const step = message('history:restoreBackup', { when: '2026-12-01T23:08:41.120Z' });
    expect(inEnglish(step)).toBe('Restore the backup of 01.12.2026 23:08');
    expect(wordMessage(ru, step, () => '1 декабря')).toBe('Восстановить резервную копию от 1 декабря');
  });
});

describe('a history log written before labels were codes', () => {
  it('loads its string labels and words them as written', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = historyFile(dir);
      await mkdir(dirname(file), { recursive: true });
      const lines = [
        { format: 'glossator-history', version: 1 },
        { op: 'record', step: { label: 'Tag as Claim', seq: 1, undo: {} }, limit: 1000 },
        { op: 'record', step: { label: 'Delete “Текст”', seq: 2, undo: {} }, limit: 1000 },
        { op: 'move', from: 'done', step: { label: 'Delete “Текст”', seq: 3, undo: {} } },
      ];
      await writeFile(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
      const state = new HistoryLog(file).load();
      expect(state.done.map((s) => wordMessage(ru, s.label))).toEqual(['Tag as Claim']);
      expect(state.undone.map((s) => wordMessage(en, s.label))).toEqual(['Delete “Текст”']);
      expect(state.done[0]?.label).toEqual(message('history:asWritten', { label: 'Tag as Claim' }));
    } finally {
      await cleanup();
    }
  });
});
