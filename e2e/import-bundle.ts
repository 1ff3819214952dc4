import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** A colleague's bundle imported as a user does: Library, Import…, the preview naming them, Import, Done. */
export async function importBundleInLibrary(page: Page, file: string, from: string): Promise<void> {
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Import' });
  await expect(preview.locator('.bundle-origin')).toContainText(from);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview.locator('.bundle-summary')).toContainText(`Imported from ${from}`);
  await preview.getByRole('button', { name: 'Done' }).click();
  await expect(preview).toBeHidden();
}
