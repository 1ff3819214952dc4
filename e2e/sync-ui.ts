import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import type { Translate } from '../shared/i18n/i18n.ts';
import { apiOf, type Call } from './coder-server.ts';
import { startServer, stopServer } from './fixtures.ts';

const cliEntry = resolve(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const run = promisify(execFile);

/** The nav bar's Sync button; its data-state is the state it shows (sync-button-state.ts). */
export const syncButton = (page: Page): Locator => page.locator('#nav-sync');

export async function expectSyncState(page: Page, kind: string, timeout = 30_000): Promise<void> {
  await expect(syncButton(page)).toHaveAttribute('data-state', kind, { timeout });
}

/** Opens the Team sync panel from the button. */
export async function openSyncPanel(page: Page, t: Translate): Promise<Locator> {
  await syncButton(page).click();
  const panel = page.getByRole('dialog', { name: t('sync:panel-title') });
  await expect(panel).toBeVisible();
  return panel;
}

/** Sync now from the panel, waits for it to end in `expected`, closes the panel with Escape. */
export async function syncFromPanel(page: Page, t: Translate, expected = 'upToDate'): Promise<void> {
  const panel = await openSyncPanel(page, t);
  const ended = Number(await syncButton(page).getAttribute('data-syncs-ended'));
  await panel.getByRole('button', { name: t('sync:panel-syncNow') }).click();
  await expect(syncButton(page)).toHaveAttribute('data-syncs-ended', String(ended + 1), { timeout: 30_000 });
  await expectSyncState(page, expected);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(syncButton(page)).toBeFocused();
}

/** `npm run cli -- clone URL DIR` with the built CLI: a colleague's copy of the shared project. */
export async function cloneWithCli(url: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'glossator-e2e-sync-')), 'copy');
  await run(process.execPath, [cliEntry, 'clone', url, dir]);
  return dir;
}

export interface Colleague {
  page: Page;
  call: Call;
  close: () => Promise<void>;
}

/** A colleague's window: their copy served by a loopback server of their own, in a second tab. */
export async function openColleague(context: BrowserContext, dir: string, coder: string): Promise<Colleague> {
  const config = await mkdtemp(join(tmpdir(), 'glossator-e2e-sync-config-'));
  const { url, proc } = await startServer(dir, config, ['--coder', coder], process.env, { sample: false });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    call: apiOf(url),
    close: async () => {
      await page.close();
      await stopServer(proc);
      await rm(config, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Renames an actor in the Actors view as a user does: its name field, then Enter. */
export async function renameActorOnScreen(page: Page, actorId: string, name: string): Promise<void> {
  await page.evaluate((id) => {
    location.hash = `#/actors/${id}`;
  }, actorId);
  const field = page.locator('#actor-name');
  await field.fill(name);
  await field.press('Enter');
  await expect(page.locator('#actor-editor-title')).toHaveText(name);
}

/** The nav bar alone, for a picture of the button. */
export const navBar = (page: Page): Locator => page.locator('nav.nav-bar');
