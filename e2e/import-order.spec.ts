import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

// Five short texts written for this test, imported together: they are added within the same millisecond.
const names = ['Первый', 'Второй', 'Третий', 'Четвёртый', 'Пятый'];

test('files imported together keep the order they were chosen in, after a reload and after a restart', async ({
  app,
}, testInfo) => {
  let page = app.page;
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(dir, `${i + 1}.txt`);
    await writeFile(path, `${name} документ\n\nТекст номер ${i + 1} о региональной безопасности и сотрудничестве.`);
    paths.push(path);
  }
  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles(paths);
  await dialog.getByRole('button', { name: 'Import 5 files' }).click();
  await expect(dialog.locator('.import-summary')).toContainText('Imported 5 documents');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const expected = names.map((n) => `${n} документ`);
  const imported = async () => {
    const titles = await page.locator('button.doc-row').allInnerTexts();
    return titles.map((t) => t.split('\n')[0]?.trim()).filter((t) => expected.includes(t as string));
  };
  await expect.poll(imported).toEqual(expected);
  await page.reload();
  await expect.poll(imported).toEqual(expected);
  page = await app.restart();
  await expect.poll(imported).toEqual(expected);
});

test('an imported file without an outlet or a date shows hints in those fields, never another file’s values', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const dir = testInfo.outputPath('hints');
  await mkdir(dir, { recursive: true });
  const dated = join(dir, 'dated.txt');
  const bare = join(dir, 'bare.txt');
  // The first names its outlet and date; the second names neither.
  await writeFile(
    dated,
    'Совещание в Астане\n\n08.09.2023, 12:51\n\nАСТАНА, передаёт Orda.kz. Министры обсудили обмен данными.',
  );
  await writeFile(bare, 'Заметка без выходных данных\n\nТекст о сотрудничестве в области безопасности.');
  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles([dated, bare]);
  const files = dialog.getByRole('list', { name: 'Files' });
  await files.getByRole('button', { name: /dated\.txt/ }).click();
  await expect(dialog.getByLabel('Source')).toHaveValue('Orda.kz');
  await files.getByRole('button', { name: /bare\.txt/ }).click();
  for (const label of ['Source', 'Date and time']) {
    const field = dialog.getByLabel(label);
    await expect(field).toHaveValue('');
    await expect(field).toHaveAttribute('placeholder', /^not found in the file/);
    expect(await field.getAttribute('placeholder')).not.toMatch(/Orda|2023-09-08|08\.09\.2023/);
  }
});
