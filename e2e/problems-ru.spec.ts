import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../shared/i18n/i18n.ts';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

// What the store says at open, in the window's language: a Russian system meets the problems banner in Russian.
test.use({ locale: 'ru-RU' });
const ru = translator('ru');

test('the Library tells of damaged and unreadable files, and of what a crash left, in Russian', async ({ app }) => {
  const documents = join(app.projectDir, 'documents');
  const layers = readdirSync(documents)
    .filter((id) => !id.startsWith('.'))
    .flatMap((id) =>
      readdirSync(join(documents, id))
        .filter((n) => /^annotations\..+\.json$/.test(n))
        .map((n) => ({ file: join(documents, id, n), name: `documents/${id}/${n}`, folder: join(documents, id) })),
    );
  // The unreadable one is the English sample opened below; the damaged one any other.
  const unreadable = layers.find((l) => l.name.startsWith('documents/sample-en-think-tank/'));
  const damaged = layers.find((l) => l !== unreadable);
  if (!damaged || !unreadable) throw new Error('the sample has fewer than two layer files');
  const page = await app.restart(() => {
    writeFileSync(damaged.file, '{"schemaVersion": 4, "annot');
    // Running as root, permissions would not stop the read: a folder in the file's place fails the same way.
    rmSync(unreadable.file);
    mkdirSync(unreadable.file);
    writeFileSync(join(damaged.folder, '.document.json.0123456789ab.tmp'), 'left by a crash');
  });
  const banner = page.getByRole('alert').filter({ hasText: ru('library:problemsTitle') });
  await expect(banner).toContainText(`Файл ${damaged.name} не является корректным JSON`);
  await expect(banner).toContainText('ничего не перезаписано');
  await expect(banner).toContainText(`Не удалось прочитать ${unreadable.name}: это не обычный файл.`);
  const recovered = page.getByRole('status').filter({ hasText: ru('library:recoveredTitle') });
  await expect(recovered).toContainText(ru('problems:removedTemp', { count: 1 }));
  // Nothing English is left but the files' names (and JSON, Glossator).
  const words = [banner, recovered].map(async (l) => (await l.innerText()).replace(/[\w./-]+\.json/g, ''));
  for (const text of await Promise.all(words)) {
    expect(text.replace(/\b(JSON|Glossator)\b/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  }
  await page.screenshot({ path: 'reports/problems-ru.png', fullPage: false });

  // The Reader says the same above the text of the document whose file could not be read.
  await new GlossatorPage(page).openDocument('Analysts: prevention works better than prohibition');
  await expect(page.getByRole('status', { name: ru('reader:readOnlyLabel') })).toContainText(
    `Не удалось прочитать ${unreadable.name}: это не обычный файл.`,
  );
});
