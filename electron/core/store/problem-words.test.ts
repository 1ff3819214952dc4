import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/i18n.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
import { seedCrashProject } from '../testing/crash-project.ts';
import { openTestStore, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { JOURNAL_FILE, sha256 } from './change-journal.ts';
import { layout } from './project-layout.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await seedCrashProject(dir, 300, 4);
});
afterEach(() => cleanup());

const ru = translator('ru');
const layer = `documents/doc-b/annotations.${testCoder.id}.json`;

describe('what the open says, in the window’s language', () => {
  it('a damaged file: set aside, in Russian, its English unchanged', async () => {
    await writeFile(join(dir, layer), '{"schemaVersion": 4, "documentId": "doc-b", "annot');
    const store = await openTestStore(dir);
    try {
      const [problem] = store.problems;
      expect(problem?.text.key).toBe('problems:problem');
      const kept = problem?.setAsideAs ?? '';
      expect(kept).toMatch(/\.damaged-/);
      expect(problem?.message).toBe(
        `${layer} is not valid JSON: it may have been cut off or edited by hand. It was kept as ${kept} and nothing was overwritten.`,
      );
      expect(wordMessage(ru, problem?.text)).toBe(
        `Файл ${layer} не является корректным JSON: возможно, он обрезан или изменён вручную. Файл сохранён как ${kept}, ничего не перезаписано.`,
      );
    } finally {
      await store.close();
    }
  });

  it('a file that cannot be read: the known cause worded, the system’s detail kept', async () => {
    await rm(join(dir, layer));
    await mkdir(join(dir, layer));
    const store = await openTestStore(dir);
    try {
      const words = wordMessage(ru, store.problems[0]?.text);
      expect(words).toMatch(
        new RegExp(`^Не удалось прочитать ${layer.replaceAll('.', '\\.')}: это не обычный файл\\. `),
      );
      expect(words).toContain('до тех пор его содержимое нельзя изменить');
      expect(store.problems[0]?.message).toContain(`${layer} could not be read (not a plain file).`);
    } finally {
      await store.close();
    }
  });

  it('a completed change, with its count as Russian says it', async () => {
    const content = await readFile(join(dir, layer), 'utf8');
    await mkdir(layout.tempDir(dir), { recursive: true });
    await writeFile(join(dir, '.tmp/.x.0123456789ab.tmp'), content);
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: [{ target: layer, temp: '.tmp/.x.0123456789ab.tmp', sha256: sha256(content) }],
      }),
    );
    const store = await openTestStore(dir);
    try {
      const [recovery] = store.recovered;
      expect(recovery?.kind).toBe('completed-change');
      expect(recovery?.message).toBe(
        'A change that was being saved when Glossator last stopped was completed (1 file).',
      );
      expect(wordMessage(ru, recovery?.text)).toBe(
        'Изменение, которое сохранялось при последней остановке Glossator, завершено (1 файл).',
      );
      expect(wordMessage(ru, { key: 'problems:completed', params: { count: 3 } })).toContain('(3 файла)');
      expect(wordMessage(ru, { key: 'problems:removedTemp', params: { count: 5 } })).toBe(
        '5 незавершённых файлов, оставшихся от прерванного сохранения, удалены; сохранённой работы в них не было.',
      );
    } finally {
      await store.close();
    }
  });
});
