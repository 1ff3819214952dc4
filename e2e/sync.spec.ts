import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type GitServer, gitServerUnavailable, startGitServer } from '../electron/core/testing/git-server.ts';
import { translator, type Translate } from '../shared/i18n/i18n.ts';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { pageApi } from './coder-server.ts';
import { sentences } from './curation-setup.ts';
import { expect, test } from './fixtures.ts';
import {
  cloneWithCli,
  expectSyncState,
  navBar,
  openColleague,
  openSyncPanel,
  renameActorOnScreen,
  syncButton,
  syncFromPanel,
} from './sync-ui.ts';

/**
 * Team sync end to end (issue 19), against a real git server (git http-backend) started in this process. Anna
 * publishes her project with seed 003 through the panel; Boris clones it with the CLI and opens it in his own
 * loopback server; each adds an annotation in their layer and syncs; each then sees the other's layer. Both
 * rename one actor differently: Boris's sync finds the conflict, he takes Anna's version in the dialog, and
 * both end with her name. The credentials dialog: cancelled, refused, then given. The same in Russian, with
 * screenshots of each state (reports/sync/*.png).
 */
const ANNA = 'Анна Сергеевна Воронцова-Дашкова';
const BORIS = 'Борис Никитич Ржевский';
const ACTOR = 'Николай Платонович Патрушев';
const ANNAS_NAME = 'Патрушев Николай Платонович (секретарь Совета безопасности Российской Федерации)';
const BORISS_NAME = 'Н. П. Патрушев';
test.use({ coderName: ANNA });

const shots = resolve(import.meta.dirname, '..', 'reports', 'sync');
const en = translator('en');
const ru = translator('ru');

function skipUnlessRunnable(): void {
  const reason = gitServerUnavailable() ?? seedsMissing;
  if (reason) console.log(`sync.spec: skipped, ${reason}`);
  test.skip(reason !== null, reason ?? '');
}

/** Anna's project: no sample texts, seed 003 and one actor; the window read afresh. */
async function annasProject(page: Page): Promise<{ documentId: string; title: string; text: string; actorId: string }> {
  const call = pageApi(page);
  await expect(page.locator('.library')).toBeVisible();
  await call('removeSampleTexts', {});
  const text = readSeed('003');
  const title = text.split('\n').find((l) => /\p{L}{3}/u.test(l)) as string;
  const { id: documentId } = await call<{ id: string }>('addDocument', { title, text });
  const { actor } = await call<{ actor: { id: string } }>('createActor', { name: ACTOR, type: 'person' });
  await page.reload();
  await expect(page.locator('.library')).toBeVisible();
  return { documentId, title, text, actorId: actor.id };
}

async function annotate(page: Page, documentId: string, text: string, words: string): Promise<void> {
  const start = text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  await pageApi(page)('createAnnotation', { documentId, tagId: 'claim', start, end: start + words.length });
}

/** Connect and publish from the panel; the button then says the project is up to date. */
async function publish(page: Page, t: Translate, url: string, shot?: string): Promise<void> {
  await expectSyncState(page, 'notConnected');
  const panel = await openSyncPanel(page, t);
  await panel.getByLabel(t('sync:panel-urlLabel')).fill(url);
  if (shot) await panel.screenshot({ path: `${shots}/${shot}` });
  await panel.getByRole('button', { name: t('sync:panel-connect') }).click();
}

async function openLayers(page: Page, title: string, colleague: string): Promise<void> {
  await page.locator('button.doc-row', { hasText: title }).click();
  await expect(page.locator('.reader-text')).toBeVisible();
  await page.getByRole('button', { name: /^Layers: / }).click();
  const list = page.getByRole('group', { name: en('reader:layersLegend') });
  await expect(list.locator('.layer-row', { hasText: colleague })).toContainText(en('reader:layerCount', { count: 1 }));
}

test('two coders share a project through git: publish, clone, sync both ways, each sees the other’s layer, an actor conflict resolved in the dialog', async ({
  app,
}) => {
  skipUnlessRunnable();
  test.setTimeout(240_000);
  await mkdir(shots, { recursive: true });
  const git: GitServer = await startGitServer();
  const page = app.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  try {
    const { documentId, title, text, actorId } = await annasProject(page);
    const [s1, s2] = sentences(text) as [string, string];
    await navBar(page).screenshot({ path: `${shots}/button-not-shared-en.png` });

    // Anna publishes through the panel.
    await git.makeBareRepo('team.git');
    const url = git.url('team.git');
    await publish(page, en, url, 'panel-connect-en.png');
    await expectSyncState(page, 'upToDate');
    const panel = page.getByRole('dialog', { name: en('sync:panel-title') });
    await expect(panel).toContainText(en('sync:panel-remote', { remote: url }));
    await expect(panel.getByTestId('sync-last')).toContainText('Last sync:');
    await panel.screenshot({ path: `${shots}/panel-connected-en.png` });
    // The timer is off until turned on, and remembered for this project.
    const timer = panel.getByLabel(en('sync:panel-timer', { minutes: 10 }));
    await expect(timer).not.toBeChecked();
    await timer.check();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(syncButton(page)).toBeFocused();
    await expect(syncButton(page)).toHaveText(en('sync:button-upToDate'));
    await page.reload();
    await expect((await openSyncPanel(page, en)).getByLabel(en('sync:panel-timer', { minutes: 10 }))).toBeChecked();
    await page.keyboard.press('Escape');

    // Boris clones it with the CLI and opens his copy in his own window.
    const boris = await openColleague(page.context(), await cloneWithCli(url), BORIS);
    const bp = boris.page;
    try {
      await bp.setViewportSize({ width: 1440, height: 900 });
      await expect(bp.locator('.library')).toBeVisible();
      await expect(bp.locator('button.doc-row', { hasText: title })).toBeVisible();
      // His first open adds him to the project's coders (project.json): a change of his to share.
      await expectSyncState(bp, 'local');
      await expect(syncButton(bp)).toHaveText(en('sync:button-local', { count: 1 }));

      // A change in each layer; the button counts what waits.
      await annotate(page, documentId, text, s1);
      await annotate(bp, documentId, text, s2);
      await page.reload();
      await bp.reload();
      await expectSyncState(page, 'local');
      await expect(syncButton(page)).toHaveText(/local changes?$/);
      await navBar(page).screenshot({ path: `${shots}/button-local-en.png` });
      await expectSyncState(bp, 'local');

      // Anna syncs (the button says so while her push waits at the server), Boris syncs (he gets Anna's
      // layer), Anna syncs again (she gets Boris's).
      let whileSyncing = '';
      git.beforeNextReceivePack(async () => {
        whileSyncing = (await syncButton(page).getAttribute('data-state')) ?? '';
        await navBar(page).screenshot({ path: `${shots}/button-syncing-en.png` });
      });
      await syncFromPanel(page, en);
      expect(whileSyncing).toBe('syncing');
      await syncFromPanel(bp, en);
      await expect(bp.locator('.notices')).toContainText(/Synced: \d+ files? brought in from colleagues\./);
      await syncFromPanel(page, en);
      await expect(page.locator('.notices')).toContainText(/brought in from colleagues/);
      await openLayers(page, title, BORIS);
      await openLayers(bp, title, ANNA);

      // Both rename the actor differently, in the Actors view: the button follows the save by itself.
      await renameActorOnScreen(page, actorId, ANNAS_NAME);
      await expectSyncState(page, 'local', 10_000);
      await renameActorOnScreen(bp, actorId, BORISS_NAME);
      await expectSyncState(bp, 'local', 10_000);
      await syncFromPanel(page, en);
      await syncFromPanel(bp, en, 'conflicts');
      await expect(syncButton(bp)).toHaveText(en('sync:button-conflicts', { count: 1 }));
      await navBar(bp).screenshot({ path: `${shots}/button-conflicts-en.png` });
      // His name stays until he chooses.
      await expect(bp.locator('#actor-editor-title')).toHaveText(BORISS_NAME);

      // Boris opens the conflicts from the panel and takes Anna's version.
      const bPanel = await openSyncPanel(bp, en);
      await bPanel.screenshot({ path: `${shots}/panel-conflicts-en.png` });
      await bPanel.getByRole('button', { name: /Resolve conflicts/ }).click();
      const dialog = bp.getByRole('dialog', { name: en('sync:conflicts-title') });
      await expect(dialog).toBeVisible();
      const row = dialog.getByTestId('sync-conflict');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(en('sync:kind-actors'));
      await expect(row.locator('.sync-side').nth(0)).toContainText(BORISS_NAME);
      await expect(row.locator('.sync-side').nth(1)).toContainText(ANNAS_NAME);
      await expect(row.getByLabel(en('sync:conflicts-keepOurs'))).toBeChecked();
      await row.getByLabel(en('sync:conflicts-takeTheirs')).check();
      await dialog.screenshot({ path: `${shots}/conflicts-en.png` });
      await dialog.getByRole('button', { name: en('sync:conflicts-apply') }).click();
      await expect(dialog).toBeHidden();
      await expect(syncButton(bp)).toBeFocused();
      await expect(bp.locator('#actor-editor-title')).toHaveText(ANNAS_NAME);
      // The choice is one undo step of his.
      await expect(bp.getByRole('button', { name: en('common:undo') })).toHaveAttribute(
        'title',
        new RegExp(en('sync:history-resolveConflicts', { count: 1 })),
      );
      await syncFromPanel(bp, en);
      await syncFromPanel(page, en);
      // The panel leads to the History view.
      await (await openSyncPanel(page, en)).getByRole('button', { name: en('sync:panel-history') }).click();
      await expect(page).toHaveURL(/#\/history$/);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.reload();
      await page.evaluate((id) => {
        location.hash = `#/actors/${id}`;
      }, actorId);
      await expect(page.locator('#actor-editor-title')).toHaveText(ANNAS_NAME);
      const actors = await pageApi(page)<Array<{ id: string; name: string }>>('listActors', {});
      expect(actors.find((a) => a.id === actorId)?.name).toBe(ANNAS_NAME);
      const theirs = await boris.call<Array<{ id: string; name: string }>>('listActors', {});
      expect(theirs.find((a) => a.id === actorId)?.name).toBe(ANNAS_NAME);
    } finally {
      await boris.close();
    }
    // The server gone: the sync says the network is missing, the button says Offline.
    await git.stop();
    await renameActorOnScreen(page, actorId, `${ANNAS_NAME}.`);
    await syncFromPanel(page, en, 'offline');
    await expect(page.locator('.notices [role=alert]')).toContainText('cannot be reached');
    await navBar(page).screenshot({ path: `${shots}/button-offline-en.png` });
  } finally {
    await git.stop();
  }
});

/** The credentials dialog: Cancel changes nothing; a wrong token is refused in the dialog; the right one syncs. */
async function credentialsFlow(page: Page, t: Translate, lang: string): Promise<void> {
  const token = 'glpat-e2e-0123456789abcdef';
  const git = await startGitServer({ auth: { user: 'anna', token } });
  try {
    await git.makeBareRepo('private.git');
    await publish(page, t, git.url('private.git'));
    const ask = page.getByRole('dialog', { name: t('sync:credentials-title') });
    await expect(ask).toBeVisible();
    await expect(ask.getByLabel(t('sync:credentials-token'))).toHaveAttribute('type', 'password');
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(syncButton(page)).toBeFocused();
    await expectSyncState(page, 'failed');
    await navBar(page).screenshot({ path: `${shots}/button-failed-${lang}.png` });

    const panel = await openSyncPanel(page, t);
    await expect(panel.getByRole('alert')).toHaveText(t('sync:error-auth-required'));
    await panel.screenshot({ path: `${shots}/panel-failed-${lang}.png` });
    await panel.getByRole('button', { name: t('sync:panel-syncNow') }).click();
    await expect(ask).toBeVisible();
    await ask.getByLabel(t('sync:credentials-user')).fill('anna');
    await ask.getByLabel(t('sync:credentials-token')).fill('wrong-token');
    await ask.getByRole('button', { name: t('sync:credentials-submit') }).click();
    await expect(ask.getByRole('alert')).toHaveText(t('sync:error-auth-refused'));
    await expect(ask.getByLabel(t('sync:credentials-token'))).toHaveValue('');
    await ask.screenshot({ path: `${shots}/credentials-refused-${lang}.png` });
    await ask.getByLabel(t('sync:credentials-token')).fill(token);
    await ask.screenshot({ path: `${shots}/credentials-${lang}.png` });
    await ask.getByRole('button', { name: t('sync:credentials-submit') }).click();
    await expect(ask).toBeHidden();
    await expectSyncState(page, 'upToDate');
    // The token went to the core once; the window keeps it nowhere.
    const kept = await page.evaluate(
      (secret) =>
        document.body.innerHTML.includes(secret) ||
        JSON.stringify({ ...localStorage }).includes(secret) ||
        JSON.stringify({ ...sessionStorage }).includes(secret),
      token,
    );
    expect(kept).toBe(false);
  } finally {
    await git.stop();
  }
}

test('the credentials dialog: cancelled, refused, then given', async ({ app }) => {
  skipUnlessRunnable();
  await mkdir(shots, { recursive: true });
  await app.page.setViewportSize({ width: 1440, height: 900 });
  await expect(app.page.locator('.library')).toBeVisible();
  await credentialsFlow(app.page, en, 'en');
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the panel, the button and the conflicts dialog in Russian, with long names', async ({ app }) => {
    skipUnlessRunnable();
    test.setTimeout(180_000);
    await mkdir(shots, { recursive: true });
    const git = await startGitServer();
    const page = app.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      const { actorId } = await annasProject(page);
      await navBar(page).screenshot({ path: `${shots}/button-not-shared-ru.png` });
      await git.makeBareRepo('team.git');
      await publish(page, ru, git.url('team.git'), 'panel-connect-ru.png');
      await expectSyncState(page, 'upToDate');
      await page
        .getByRole('dialog', { name: ru('sync:panel-title') })
        .screenshot({ path: `${shots}/panel-connected-ru.png` });
      await page.keyboard.press('Escape');

      // Boris renames the actor in his copy and syncs; Anna renames it otherwise and syncs: a conflict.
      const boris = await openColleague(page.context(), await cloneWithCli(git.url('team.git')), BORIS);
      try {
        await boris.call('updateActor', { actorId, name: BORISS_NAME });
        await boris.call('syncProject', {});
      } finally {
        await boris.close();
      }
      await renameActorOnScreen(page, actorId, ANNAS_NAME);
      await expectSyncState(page, 'local', 10_000);
      await navBar(page).screenshot({ path: `${shots}/button-local-ru.png` });
      await syncFromPanel(page, ru, 'conflicts');
      await expect(syncButton(page)).toHaveText(ru('sync:button-conflicts', { count: 1 }));
      await navBar(page).screenshot({ path: `${shots}/button-conflicts-ru.png` });
      const panel = await openSyncPanel(page, ru);
      await panel.screenshot({ path: `${shots}/panel-conflicts-ru.png` });
      await panel.getByRole('button', { name: ru('sync:panel-openConflicts') }).click();
      const dialog = page.getByRole('dialog', { name: ru('sync:conflicts-title') });
      await expect(dialog.getByTestId('sync-conflict')).toContainText(ru('sync:kind-actors'));
      // Escape closes it, nothing chosen, and the keyboard is back on the button; it opens again from there.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(syncButton(page)).toBeFocused();
      await expect(syncButton(page)).toHaveText(ru('sync:button-conflicts', { count: 1 }));
      await page.keyboard.press('Enter');
      await page
        .getByRole('dialog', { name: ru('sync:panel-title') })
        .getByRole('button', { name: ru('sync:panel-openConflicts') })
        .click();
      await expect(dialog.getByLabel(ru('sync:conflicts-keepOurs'))).toBeChecked();
      await dialog.screenshot({ path: `${shots}/conflicts-ru.png` });
      // Keep mine: the conflict closes, her name stays.
      await dialog.getByRole('button', { name: ru('sync:conflicts-apply') }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('#actor-editor-title')).toHaveText(ANNAS_NAME);
      await syncFromPanel(page, ru);
      await expect(page.locator('#actor-editor-title')).toHaveText(ANNAS_NAME);
    } finally {
      await git.stop();
    }
  });

  test('the credentials dialog in Russian', async ({ app }) => {
    skipUnlessRunnable();
    await mkdir(shots, { recursive: true });
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await expect(app.page.locator('.library')).toBeVisible();
    await credentialsFlow(app.page, ru, 'ru');
  });
});
