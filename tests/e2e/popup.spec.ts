/**
 * The popup's opener library against the real worker and storage: create, edit with live checks,
 * delete and undo, and persistence across a reload, driven with real clicks and keystrokes.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './harness';

const BOILERPLATE = "I'd like to add you to my professional network on LinkedIn.";

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByRole('tab', { name: 'Openers' })).toHaveAttribute('aria-selected', 'true');
  return page;
}

const openerButton = (page: Page, title: string) =>
  page.locator('.opener', { hasText: title }).locator('.opener__open');

test('create, edit with live checks, delete and undo, and the data survives a reload', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await openPopup(context, extensionId);

  await page.getByRole('button', { name: 'New opener' }).click();
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Berlin meetup');
  await page.getByLabel('Opener text').click();
  await page.keyboard.type('Hi {{firstName}}, great to meet you {{howWeMet}}!');
  const preview = 'Hi Jane, great to meet you at the Berlin product meetup!';
  await expect(page.locator('.preview')).toHaveText(preview);
  await expect(page.locator('.counter')).toContainText(`${preview.length}/200 · ${preview.length}/300`);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('Saved “Berlin meetup”.');
  await expect(openerButton(page, 'Berlin meetup')).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByLabel('Opener text').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(BOILERPLATE);
  await expect(page.locator('.counter')).toContainText(
    `${BOILERPLATE.length}/200 · ${BOILERPLATE.length}/300`,
  );
  await expect(page.locator('[data-finding="default-text"]')).toContainText(/default/i);
  await page.getByRole('button', { name: 'Save opener' }).click();
  await expect(openerButton(page, 'Berlin meetup')).toContainText(BOILERPLATE);

  await page.getByRole('button', { name: 'Delete Berlin meetup' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Berlin meetup”.');
  await expect(openerButton(page, 'Berlin meetup')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(openerButton(page, 'Berlin meetup')).toHaveCount(1);

  await page.reload();
  await expect(openerButton(page, 'Berlin meetup')).toContainText(BOILERPLATE);
  await page.getByRole('searchbox', { name: 'Search openers' }).fill('berlni');
  await expect(page.locator('.opener')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('Escape with unsaved changes asks first; the draft survives closing the popup', async ({
  context,
  extensionId,
}) => {
  const page = await openPopup(context, extensionId);
  await page.getByRole('button', { name: 'New opener' }).click();
  await page.keyboard.type('Half written');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toContainText('Discard unsaved changes?');
  await expect(page.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Half written');

  await page.close();
  const again = await openPopup(context, extensionId);
  await expect(again.getByLabel('Title')).toHaveValue('Half written');
  await expect(again.getByRole('status')).toContainText('Restored your unsaved draft.');
});

test('a syntax error in an opener is shown at its line and column', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await page.getByRole('button', { name: 'New opener' }).click();
  await page.getByLabel('Opener text').click();
  await page.keyboard.type('Hello,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('nice to meet {{frstName}}');
  await expect(page.locator('.syntax-error__message')).toContainText('Line 2, column 14');
  await expect(page.getByLabel('Opener text')).toHaveAttribute('aria-invalid', 'true');
});

test('tabs switch with arrow keys and the other sections load', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await page.getByRole('tab', { name: 'Openers' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Contacts' })).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search people' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tabpanel')).toContainText('of 5 personalised invitations');
  // The Results view (src/popup/results/) fills the month tab's results slot.
  await expect(
    page
      .getByRole('tabpanel')
      .getByRole('heading', { name: /results/i })
      .first(),
  ).toBeVisible();
});

test('the options page saves settings through the worker', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  await page.getByLabel('Your first name').fill('Alex');
  await page.getByLabel('you are about to send without a note').uncheck();
  await page.getByLabel('Note length limit').selectOption('300');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('.settings').getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByLabel('Your first name')).toHaveValue('Alex');
  await expect(page.getByLabel('you are about to send without a note')).not.toBeChecked();
  await expect(page.getByLabel('Note length limit')).toHaveValue('300');
  await expect(page.getByText('Nothing is sent to us or anyone else.')).toBeVisible();
});

test('export then import the same file in merge mode: the preview shows nothing new', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const file = await (await download).path();
  await page.getByLabel('Import a file').setInputFiles(file);
  const openersRow = page.getByRole('row', { name: /^Openers/ });
  await expect(openersRow.getByRole('cell').first()).toHaveText('0');
  await page.getByRole('button', { name: 'Import now' }).click();
  await expect(page.locator('.data').getByRole('status')).toHaveText('Import finished.');
});

test('a long library: a first page at once, more rows on scrolling, and search reaches every opener', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const seeder = await openPopup(context, extensionId);
  await seeder.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
    ).chrome.runtime;
    for (let i = 0; i < 60; i++) {
      const body = i === 0 ? 'We met at the Lisbon recruiter breakfast.' : `Hi {{firstName}}, note ${i}.`;
      await runtime.sendMessage({ type: 'saveOpener', opener: { title: `Long ${i}`, body } });
    }
  });
  await seeder.close();

  const page = await openPopup(context, extensionId);
  const rows = page.locator('.opener-list > .opener');
  await expect(page.locator('.opener-list')).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(15);
  // Newest first; each row tells assistive technology its place in the whole library.
  await expect(rows.first()).toContainText('Long 59');
  const total = Number(await rows.first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThanOrEqual(60);
  await expect(rows.nth(14)).toHaveAttribute('aria-posinset', '15');

  // Scrolling to the end of the list shows the next page without a click.
  await page.locator('.show-more').scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(30);

  // The oldest opener was never on screen; a search with a typo finds it.
  await page.getByRole('searchbox').fill('lisbon recuiter');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Long 0');
  // Mid-word, with the typo already made, the match stays on screen instead of flickering to "No matches".
  for (const typed of ['lisbon recui', 'lisbon recuit', 'lisbon recuite']) {
    await page.getByRole('searchbox').fill(typed);
    await expect(rows, typed).toHaveCount(1);
    await expect(rows.first()).toContainText('Long 0');
  }
  expect(pageErrors).toEqual([]);
});
