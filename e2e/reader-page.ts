import { expect, type Locator, type Page } from '@playwright/test';
import { translator } from '../shared/i18n/i18n.ts';

const en = translator('en');
const ru = translator('ru');

/** The Library and Reader as a user sees them. */
export class GlossatorPage {
  constructor(readonly page: Page) {}

  documentRow(title: string): Locator {
    return this.page.locator('button.doc-row', { hasText: title });
  }

  annotationRows(): Locator {
    return this.page.locator('.annotation-row');
  }

  annotationRow(exact: string): Locator {
    return this.page.locator('.annotation-row', { has: this.page.locator('.annotation-quote', { hasText: exact }) });
  }

  async openDocument(title: string): Promise<void> {
    await this.documentRow(title).click();
    await expect(this.page.locator('.reader-title h1')).toHaveText(title);
    await expect(this.page.locator('.reader-text')).toBeVisible();
  }

  async addText(title: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: '+ Add text' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add text' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Text', { exact: true }).fill(text);
    await dialog.getByRole('button', { name: 'Add and open' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.locator('.reader-title h1')).toHaveText(title);
  }

  /**
   * Selects `exact` in the Reader by dragging the mouse from its first
   * character to its last, as a user would.
   */
  async selectByMouse(exact: string): Promise<void> {
    const box = await this.page.locator('.reader-text').evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(wanted);
      if (at < 0) return null;
      const locate = (index: number): [Text, number] => {
        let offset = index;
        for (const node of nodes) {
          if (offset < node.data.length) return [node, offset];
          offset -= node.data.length;
        }
        throw new Error('out of range');
      };
      const rectOf = (index: number) => {
        const [node, offset] = locate(index);
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      locate(at)[0].parentElement?.scrollIntoView({ block: 'center' });
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, exact);
    if (!box) throw new Error(`Text not found in the Reader: ${exact}`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 5 });
    await this.page.mouse.up();
    const selected = await this.page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(exact);
  }

  /** Switches the window to Russian in the Settings that `coder`'s button opens (from English), and closes them. */
  async switchToRussian(coder: string): Promise<void> {
    await this.page.getByRole('button', { name: en('common:coderLabel', { name: coder }) }).click();
    await this.page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('ru');
    await this.page
      .getByRole('dialog', { name: ru('settings:title') })
      .getByRole('button', { name: ru('common:cancel') })
      .click();
  }

  /** Waits until every annotation on screen has been confirmed saved. */
  async waitForSaves(): Promise<void> {
    await expect(this.page.locator('.annotation-row.unsaved')).toHaveCount(0);
  }
}
