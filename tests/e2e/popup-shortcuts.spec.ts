/**
 * Keyboard reach: the browser command that focuses the panel's opener picker, the popup's own
 * shortcuts, and the UI-language setting applied to the popup.
 *
 * Playwright cannot press a browser-level shortcut (Alt+Shift+O is handled by Chromium's UI, not the
 * page), so the test does what the worker's commands.onCommand handler does: it sends
 * {type: 'focusOpenerPicker'} to the tab with chrome.tabs.sendMessage, from the service worker itself.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { askWorker, expect, test } from './harness';
import { openNoteStep } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

async function sendFocusCommand(context: BrowserContext): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    if (tab?.id === undefined) throw new Error('no LinkedIn tab');
    return api.tabs.sendMessage(tab.id, { type: 'focusOpenerPicker' });
  });
}

test('the opener-picker command focuses the Opener listbox of an open note step', async ({
  context,
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  // No dialog yet: the content script answers false and nothing takes focus.
  expect(await sendFocusCommand(context)).toBe(false);

  await openNoteStep(page, { panel: /We met in person/ });
  await page.locator('#custom-message').click();
  expect(await sendFocusCommand(context)).toBe(true);

  // Focus is on the listbox: Enter inserts its first opener into LinkedIn's field.
  await page.keyboard.press('Enter');
  await expect(page.locator('#custom-message')).toHaveValue(/^Hi Maya/);
});

test('a malformed command message is ignored', async ({ context, openFixture }) => {
  await openFixture(MAYA);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const reply = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    return api.tabs.sendMessage(tab?.id ?? -1, { type: 'focusOpenerPicker', extra: '<img>' }).then(
      (value) => ({ value }),
      (error: Error) => ({ error: error.message }),
    );
  });
  // zod's object strips unknown keys, so only the type matters; another type gets no reply at all.
  expect(reply).toEqual({ value: false });
  const wrong = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    return api.tabs.sendMessage(tab?.id ?? -1, { type: 'focusEverything' }).then(
      (value) => ({ value: value ?? 'nothing' }),
      () => ({ value: 'nothing' }),
    );
  });
  expect(wrong).toEqual({ value: 'nothing' });
});

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return page;
}

test('popup shortcuts: Alt+2 contacts, Alt+1 openers, / search, N new opener', async ({
  context,
  extensionId,
}) => {
  const page = await openPopup(context, extensionId);
  await expect(page.getByRole('tab', { name: 'Openers' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('tab', { name: 'Contacts' })).toBeFocused();
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search openers' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await expect(page.getByLabel('Title')).toBeFocused();
});

test('the saved UI language is applied to the popup and the options page', async ({
  context,
  extensionId,
}) => {
  await askWorker(context, extensionId, { type: 'saveSettings', patch: { uiLanguage: 'fr' } });
  const page = await openPopup(context, extensionId);
  await expect(page.getByRole('tab', { name: 'Accroches' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  await expect(page.getByRole('heading', { name: 'Réglages de Personal Touch' })).toBeVisible();
  await page.getByLabel('Langue', { exact: true }).selectOption('de');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Einstellungen von Personal Touch' })).toBeVisible();
});
