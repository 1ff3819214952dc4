import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

// Texts written for these tests (never copied from the seeds).
const statementText = [
  'Президент Токаев выступил на саммите в Астане.',
  // Short enough not to wrap: End then goes to the end of this line.
  'Токаев предложил принять программу сотрудничества против терроризма.',
  'Третий абзац без имён.',
].join('\n');

test('a whole coding pass without the mouse: actor, mention, proposal, speaker, stance, next', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Саммит в Астане', statementText);
  // The caret is in the text when a document opens.
  await expect(page.locator('.reader-text')).toBeFocused();
  const keys = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };

  // 1. "Токаев" on the first line becomes a new actor (c), tagged as its mention.
  await keys('ArrowRight', 'Президент '.length);
  await keys('Shift+ArrowRight', 'Токаев'.length);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'New actor' });
  await expect(dialog.getByLabel('Canonical name')).toHaveValue('Токаев');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(g.annotationRow('Токаев')).toContainText('Actor mention');
  await page.waitForTimeout(100); // see below: the caret is re-placed after focus returns

  // 2. The same name on the next line, tagged as a mention through the actor picker (a).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await keys('Shift+ArrowRight', 'Токаев'.length);
  await page.keyboard.press('a');
  await page.keyboard.type('ток');
  await expect(page.getByRole('dialog', { name: 'Actor mentioned' }).getByRole('option').first()).toContainText(
    'Токаев',
  );
  await page.keyboard.press('Enter');
  await expect(g.annotationRows()).toHaveCount(2);
  await g.waitForSaves();
  await expect(page.locator('.reader-text')).toBeFocused();
  // ProseMirror re-places the caret 20 ms after the text regains focus (when
  // the picker closed); a person's next key comes later than that.
  await page.waitForTimeout(100);

  // 3. The proposal, selected with the keyboard (from the end of the line,
  // backwards) and tagged with 2.
  const proposal = 'принять программу сотрудничества против терроризма';
  await page.keyboard.press('End');
  await keys('ArrowLeft', '.'.length);
  await keys('Shift+ArrowLeft', proposal.length);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(proposal);
  await page.keyboard.press('2');
  await expect(g.annotationRow(proposal)).toContainText('Proposal');
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await expect(panel.getByLabel('Tag', { exact: true })).toHaveValue('proposal');
  // The one actor named earlier in the paragraph is offered as the speaker.
  await expect(panel.locator('.suggestion')).toContainText('Токаев');

  // 4. Speaker (s, the suggestion comes first) and stance (t, then 1 = supports).
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog', { name: 'Speaker' }).getByRole('option').first()).toContainText('suggested');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('detail-speaker')).toHaveText('Токаев');
  await page.keyboard.press('t');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel(/Stance/)).toHaveValue('supports');

  // 5. p and n move between annotations and select them.
  await page.keyboard.press('p');
  await expect(panel.getByLabel('Tag', { exact: true })).toHaveValue('actor-mention');
  await expect(panel.getByTestId('detail-actor')).toHaveText('Токаев');
  await page.keyboard.press('n');
  await expect(panel.getByLabel('Tag', { exact: true })).toHaveValue('proposal');
  await g.waitForSaves();

  // Everything was saved: after a reload the proposal still has its speaker and stance.
  await page.reload();
  await expect(page.locator('.reader-text')).toBeFocused();
  await keys('n', 3);
  await expect(panel.getByTestId('detail-speaker')).toHaveText('Токаев');
  await expect(panel.getByLabel(/Stance/)).toHaveValue('supports');

  // Delete removes the selected annotation; Escape clears the selection.
  await page.keyboard.press('Delete');
  await expect(g.annotationRows()).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('three annotations overlapping in one word stay visible, hover lists them, clicks cycle through them', async ({
  app,
}) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Совет министров', 'Совет министров ШОС одобрил концепцию безопасности.');
  for (const [words, key] of [
    ['ШОС одобрил', '1'],
    ['одобрил концепцию', '2'],
    ['одобрил', '3'],
  ] as const) {
    await g.selectByMouse(words);
    await page.keyboard.press(key);
  }
  await expect(g.annotationRows()).toHaveCount(3);
  await g.waitForSaves();

  // The word sits inside three nested spans, each with its own underline row and colour.
  const layers = await page.locator('.reader-text').evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent !== 'одобрил') continue;
      const found: Array<[string, string]> = [];
      for (let el = n.parentElement; el && el !== root; el = el.parentElement) {
        if (el.classList.contains('ann')) {
          const style = getComputedStyle(el);
          found.push([style.borderBottomColor, style.paddingBottom]);
        }
      }
      return found;
    }
    return [];
  });
  expect(layers).toHaveLength(3);
  expect(new Set(layers.map(([color]) => color)).size).toBe(3);
  expect(layers.map(([, padding]) => padding).sort()).toEqual(['0px', '3px', '6px']);

  const word = page.locator('.reader-text .ann .ann .ann', { hasText: 'одобрил' });
  await word.hover();
  const card = page.getByRole('tooltip');
  await expect(card.locator('li')).toHaveCount(3);
  await expect(card).toContainText('3 annotations here');

  const tag = page.getByRole('region', { name: 'Selected annotation' }).getByLabel('Tag', { exact: true });
  await page.keyboard.press('Escape');
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await word.click();
    seen.push(await tag.inputValue());
    // Apart enough not to count as a double click (which selects the word).
    await page.waitForTimeout(700);
  }
  // Innermost first, then by length, then round again.
  expect(seen).toEqual(['actor-mention', 'claim', 'proposal', 'actor-mention']);
  await page.screenshot({ path: 'test-results/overlaps.png' });
});

test('undo and redo with the keyboard, also after switching documents; disk agrees after reload', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Первый', 'Министр заявил о новой угрозе.');
  await g.selectByMouse('новой угрозе');
  await page.keyboard.press('1');
  await g.waitForSaves();
  await page.keyboard.press('Control+z');
  await expect(g.annotationRows()).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(g.annotationRow('новой угрозе')).toContainText('Claim');

  await page.getByRole('button', { name: '← Library' }).click();
  await g.openDocument('На совещании в Астане обсудили противодействие вербовке в сети');
  await expect(g.annotationRows()).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(g.annotationRows()).toHaveCount(4);
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(g.documentRow('Первый').locator('.num')).toHaveText('0');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(g.documentRow('Первый').locator('.num')).toHaveText('1');
  await page.reload();
  await expect(g.documentRow('Первый').locator('.num')).toHaveText('1');
});

test('Edit text: a typo fixed and a junk line deleted keep annotations anchored; the orphan is re-attached', async ({
  app,
}) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Правка', 'МУСОР 494.87\nМинистры обсуидли угрозу терроризма.');
  await g.selectByMouse('угрозу терроризма');
  await page.keyboard.press('1');
  await g.selectByMouse('494.87');
  await page.keyboard.press('2');
  await g.waitForSaves();

  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await g.selectByMouse('обсуидли');
  await page.keyboard.type('обсудили');
  await g.selectByMouse('МУСОР 494.87');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeHidden();

  await expect(page.locator('.reader-text')).toHaveText('Министры обсудили угрозу терроризма.');
  await expect(page.locator('.reader-text .ann')).toHaveText('угрозу терроризма');
  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText('494.87');
  await g.selectByMouse('Министры');
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toBeHidden();
  await expect(g.annotationRow('Министры')).toContainText('Proposal');

  await page.reload();
  await expect(page.locator('.reader-text')).toHaveText('Министры обсудили угрозу терроризма.');
  await expect(g.annotationRows()).toHaveCount(2);
  // Undo the re-attachment and the correction: the original text and spans return.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.reader-text')).toHaveText('МУСОР 494.87Министры обсуидли угрозу терроризма.');
  await expect(g.annotationRow('494.87')).toContainText('Proposal');
});

test('? shows every shortcut; shortcuts never fire while typing a memo', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.openDocument('На совещании в Астане обсудили противодействие вербовке в сети');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('setting the speaker');
  await expect(help).toContainText('tag the selection as Claim');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('n');
  await page.keyboard.press('m');
  const memo = page.getByLabel(/^Memo/);
  await expect(memo).toBeFocused();
  await page.keyboard.type('1 2 s n <b>важно</b>');
  await page.keyboard.press('Control+Enter');
  await expect(g.annotationRows()).toHaveCount(4);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.reader-text')).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByLabel(/^Memo/)).toHaveValue('1 2 s n <b>важно</b>');
});
