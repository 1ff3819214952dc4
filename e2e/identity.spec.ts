import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

test.use({ coderName: null });

/** The coder ids of a document's layer files, from their names. */
function layerCoders(projectDir: string, documentId: string): string[] {
  return readdirSync(join(projectDir, 'documents', documentId))
    .map((n) => /^annotations\.(.+)\.json$/.exec(n)?.[1])
    .filter((id): id is string => Boolean(id));
}

test('a new user is asked who is coding; the name shows in the top bar, Settings changes it, and annotations keep the coder’s id', async ({
  app,
}) => {
  let page = app.page;
  const welcome = page.getByRole('dialog', { name: /who is coding/ });
  await expect(welcome).toBeVisible();
  // Prefilled with the system's user name, never empty.
  await expect(welcome.getByLabel('Your name')).not.toHaveValue('');
  await welcome.getByLabel('Your name').fill('Айгерим Нурланова');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome).toBeHidden();
  await expect(page.getByRole('button', { name: 'Coding as Айгерим Нурланова: settings' })).toBeVisible();

  const g = new GlossatorPage(page);
  await g.openDocument('Ministers pledge joint action on terrorist financing');
  await g.selectByMouse('joint training programme');
  await page.keyboard.press('1');
  await expect(g.annotationRow('joint training programme')).toBeVisible();
  await g.waitForSaves();
  const [coderId] = layerCoders(app.projectDir, 'sample-en-sco-communique');

  // Not asked again after a restart; Settings changes the name, not the id.
  page = await app.restart();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Coding as Айгерим Нурланова: settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Aigerim N.');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('button', { name: 'Coding as Aigerim N.: settings' })).toBeVisible();
  await expect(page.getByText(/coding as/)).toContainText('Aigerim N.');

  expect(layerCoders(app.projectDir, 'sample-en-sco-communique')).toEqual([coderId]);
  const project = JSON.parse(readFileSync(join(app.projectDir, 'project.json'), 'utf8'));
  expect(project.coders).toContainEqual({ id: coderId, name: 'Aigerim N.' });
});

test.describe('the project', () => {
  test.use({ coderName: 'E2E Coder' });
  test('can be renamed from the Library; the new name shows in the top bar and stays after a restart', async ({
    app,
  }) => {
    let page = app.page;
    await page.getByRole('button', { name: 'Rename the project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename the project' });
    await dialog.getByLabel('Project name').fill('ШОС: рабочая группа <b>2025</b>');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Views' })).toContainText('ШОС: рабочая группа <b>2025</b>');
    page = await app.restart();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ШОС: рабочая группа <b>2025</b>');
  });
});
