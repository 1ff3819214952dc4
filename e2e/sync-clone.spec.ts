import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { type GitServer, gitServerUnavailable, startGitServer } from '../electron/core/testing/git-server.ts';
import { translator } from '../shared/i18n/i18n.ts';
import { pageApi, serveAs } from './coder-server.ts';
import { expect, startServer, stopServer, test } from './fixtures.ts';
import { expectSyncState, openSyncPanel, syncButton } from './sync-ui.ts';

/**
 * Cloning a shared project from the window (issue 19): Anna publishes her project with the CLI to a git server
 * that asks for a token; Boris, in his window on a project of his own, clones it from the Team sync panel. A
 * clone of an address no repository answers is refused in words and his project stays on screen; File → Clone
 * Shared Project… (its page command) opens the panel on the clone section, in Russian; the server asks for
 * credentials, the dialog takes them (a wrong token is refused there, Cancel comes back to the fields), and the
 * window then shows Anna's project in its Library. Screenshots: reports/sync/clone-en.png, clone-ru.png.
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин-Преображенский';
const TITLE = 'Стенограмма заседания Совета безопасности Российской Федерации о противодействии экстремизму';
const TEXT = 'Совет безопасности обсудил меры по противодействию терроризму и экстремизму.';
// Long Russian folder names: the suggested folder fills the field, as it would on a researcher's disk.
const FOLDER = 'Проекты лаборатории политического дискурса Российской Федерации';
const REPO = 'stenogrammy-soveta-bezopasnosti-rossiyskoy-federatsii.git';
const TOKEN = 'glpat-e2e-clone-0123456789';
const shots = resolve(import.meta.dirname, '..', 'reports', 'sync');
const cliEntry = resolve(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const run = promisify(execFile);
const en = translator('en');
const ru = translator('ru');

/** The CLI as a lab's script runs it, with the token in its environment (async: the git server is in-process). */
async function cli(args: string[]): Promise<void> {
  const env = { ...process.env, LANG: 'C.UTF-8', GLOSSATOR_GIT_USER: 'anna', GLOSSATOR_GIT_TOKEN: TOKEN };
  await run(process.execPath, [cliEntry, ...args], { env });
}

/** Boris's window on his own project (the sample texts), through a loopback server. */
async function openBoris(page: Page, dir: string, config: string) {
  const { url, proc } = await startServer(dir, config, ['--coder', BORIS], process.env, { sample: true });
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('.library')).toBeVisible();
  return () => stopServer(proc);
}

test('a shared project cloned from the Team sync panel opens in the window; a refused clone leaves the project open', async ({
  page,
}) => {
  const unavailable = gitServerUnavailable();
  if (unavailable) console.log(`sync-clone.spec: skipped, no git server: ${unavailable}`);
  test.skip(unavailable !== null, `no git server: ${unavailable}`);
  test.setTimeout(180_000);
  await mkdir(shots, { recursive: true });
  const temp = await mkdtemp(join(tmpdir(), 'glossator-e2e-clone-'));
  const lab = join(temp, FOLDER);
  const [annaDir, configA, borisDir, configB] = [
    join(temp, 'anna'),
    join(temp, 'anna-config'),
    join(lab, 'собственный проект Бориса'),
    join(temp, 'boris-config'),
  ] as [string, string, string, string];
  const servers: GitServer[] = [];
  let stopBoris: (() => Promise<void>) | null = null;
  try {
    const open = await startGitServer();
    servers.push(open);
    const shared = await startGitServer({ auth: { user: 'anna', token: TOKEN } });
    servers.push(shared);
    await shared.makeBareRepo(REPO);
    const url = shared.url(REPO);

    // Anna's project: one document, published by the CLI.
    const anna = await serveAs(annaDir, configA, ANNA);
    try {
      await anna.call('addDocument', { title: TITLE, text: TEXT });
    } finally {
      await anna.stop();
    }
    await cli(['sync', '--project', annaDir, '--remote', url, '--config', configA, '--coder', ANNA]);

    await mkdir(lab, { recursive: true });
    stopBoris = await openBoris(page, borisDir, configB);
    await page.setViewportSize({ width: 1280, height: 860 });
    const call = pageApi(page);
    const own = await call<Array<{ title: string }>>('listDocuments', {});
    const ownTitle = own[0]?.title as string;
    await expectSyncState(page, 'notConnected');

    // A refused clone (no repository at the address): worded in the panel, no folder made, his project open.
    const panel = await openSyncPanel(page, en);
    const section = panel.getByRole('region', { name: en('sync:panel-cloneHeading') });
    await section.getByLabel(en('sync:panel-cloneUrlLabel')).fill(open.url('missing.git'));
    const folderField = section.getByLabel(en('sync:panel-cloneFolderLabel'));
    await expect(folderField).toHaveValue(join(lab, 'missing'));
    await section.getByRole('button', { name: en('sync:panel-cloneSubmit') }).click();
    await expect(section.getByTestId('sync-clone-error')).toHaveText(en('sync:error-not-a-repository'));
    await panel.screenshot({ path: join(shots, 'clone-en.png') });
    expect(existsSync(join(lab, 'missing'))).toBe(false);
    expect((await call<{ path: string }>('getProjectInfo', {})).path).toBe(borisDir);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.locator('.library')).toContainText(ownTitle);

    // In Russian, from File → Clone Shared Project… (the page command the Electron menu gives the window).
    await call('setLanguage', { language: 'ru' });
    await page.reload();
    await expect(page.locator('.library')).toBeVisible();
    await page.evaluate(() =>
      window.dispatchEvent(new CustomEvent('glossator:command', { detail: 'cloneSharedProject' })),
    );
    const panelRu = page.getByRole('dialog', { name: ru('sync:panel-title') });
    const sectionRu = panelRu.getByRole('region', { name: ru('sync:panel-cloneHeading') });
    const urlRu = sectionRu.getByLabel(ru('sync:panel-cloneUrlLabel'));
    await expect(urlRu).toBeFocused();
    await urlRu.fill(url);
    const target = join(lab, REPO.replace(/\.git$/, ''));
    await expect(sectionRu.getByLabel(ru('sync:panel-cloneFolderLabel'))).toHaveValue(target);
    await panelRu.screenshot({ path: join(shots, 'clone-ru.png') });

    // The server asks for credentials: the dialog; Cancel comes back to the fields as they were.
    await urlRu.press('Enter');
    const ask = page.getByRole('dialog', { name: ru('sync:credentials-title') });
    await expect(ask).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(sectionRu.getByLabel(ru('sync:panel-cloneUrlLabel'))).toHaveValue(url);
    await expect(sectionRu.getByLabel(ru('sync:panel-cloneFolderLabel'))).toHaveValue(target);
    await sectionRu.getByRole('button', { name: ru('sync:panel-cloneSubmit') }).click();
    await expect(ask).toBeVisible();
    await ask.getByLabel(ru('sync:credentials-user')).fill('anna');
    await ask.getByLabel(ru('sync:credentials-token')).fill('wrong-token');
    await ask.getByRole('button', { name: ru('sync:credentials-submitClone') }).click();
    await expect(ask.getByRole('alert')).toHaveText(ru('sync:error-auth-refused'));
    expect(existsSync(target)).toBe(false);
    await ask.screenshot({ path: join(shots, 'clone-credentials-ru.png') });
    await ask.getByLabel(ru('sync:credentials-token')).fill(TOKEN);
    await ask.getByRole('button', { name: ru('sync:credentials-submitClone') }).click();

    // The window starts again on Anna's project: its document in the Library, the button on the shared state.
    await expect(page.locator('.library')).toContainText(TITLE, { timeout: 30_000 });
    await expect(page.locator('.library')).not.toContainText(ownTitle);
    await expect(page).toHaveURL(/#\/$/);
    expect((await call<{ path: string }>('getProjectInfo', {})).path).toBe(target);
    await expect(syncButton(page)).toHaveAttribute('data-state', /^(upToDate|local)$/, { timeout: 30_000 });
    const shown = (await syncButton(page).getAttribute('data-state')) === 'upToDate';
    await expect(syncButton(page)).toContainText(
      shown ? ru('sync:button-upToDate') : ru('sync:button-local', { count: 1 }),
    );
    await page.screenshot({ path: join(shots, 'clone-opened-ru.png') });

    // Shared now, the menu's command still offers a clone: the panel then holds only that section.
    await page.evaluate(() =>
      window.dispatchEvent(new CustomEvent('glossator:command', { detail: 'cloneSharedProject' })),
    );
    const alone = panelRu.getByRole('region', { name: ru('sync:panel-cloneTitle') });
    await expect(alone.getByLabel(ru('sync:panel-cloneUrlLabel'))).toBeFocused();
    await expect(panelRu.getByRole('button', { name: ru('sync:panel-connect') })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panelRu).toBeHidden();
  } finally {
    await stopBoris?.();
    for (const server of servers) await server.stop();
    await rm(temp, { recursive: true, force: true });
  }
});
