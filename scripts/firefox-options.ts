/**
 * The extension's pages as the Firefox sync check reaches them, and its options page as a user works it:
 * a sync switch ticked by real clicks and saved, and what its status regions say. The add-on gets a fixed
 * moz-extension UUID (a profile pref set by firefox-sync.ts), so its pages have fixed addresses.
 */
import { evaluate, evaluateJson } from './firefox-bidi';
import { assert, checkboxByLabel, click, type Page, waitUntil } from './firefox-page';
import { ask } from './firefox-sync-area';

export const ADDON_ID = 'personal-touch@personal-touch.invalid';
export const ADDON_UUID = '7e57f1ef-0c5e-4a11-9d0e-5ca1ab1e5eed';
export const pageUrl = (file: string) => `moz-extension://${ADDON_UUID}/src/popup/${file}`;
export const SHORT = { timeoutMs: 10_000 };

/** Shows the extension page `file` (options.html, index.html) in `page`, once loaded. */
export async function goTo(page: Page, file: string): Promise<void> {
  await page.send('browsingContext.navigate', {
    context: page.context,
    url: pageUrl(file),
    wait: 'complete',
  });
}

/** Waits for the options page to show its settings form (it loads them from the worker first). */
export async function optionsLoaded(page: Page): Promise<void> {
  const form = () => checkboxByLabel(page, 'Sync openers');
  await waitUntil(form, (found) => found !== null, 'the options page never showed its settings form', SHORT);
}

type SyncSwitch =
  | { label: 'Sync openers'; setting: 'syncOpeners' }
  | { label: 'Sync contact notes'; setting: 'syncContacts' };
export const SYNC_OPENERS: SyncSwitch = { label: 'Sync openers', setting: 'syncOpeners' };
export const SYNC_CONTACTS: SyncSwitch = { label: 'Sync contact notes', setting: 'syncContacts' };

/** Turns a sync switch on or off in the options form and saves it, as the user would. */
export async function setSyncSwitch(page: Page, { label, setting }: SyncSwitch, on: boolean): Promise<void> {
  const selector = await checkboxByLabel(page, label);
  assert(selector !== null, `the options page has no "${label}" checkbox`);
  const checked = () => evaluate(page.send, page.context, `document.querySelector('${selector}').checked`);
  if ((await checked()) !== on) await click(page, selector);
  assert((await checked()) === on, `clicking "${label}" did not ${on ? 'check' : 'uncheck'} it`);
  await click(page, '.settings button[type=submit]');
  const status = () =>
    evaluate(page.send, page.context, `document.querySelector('.settings [role=status]')?.textContent`);
  await waitUntil(status, (text) => text === 'Saved', `saving "${label}: ${on}" never said "Saved"`, SHORT);
  const stored = await ask<Record<SyncSwitch['setting'], boolean>>(page, { type: 'getSettings' });
  assert(stored[setting] === on, `"Saved", yet the stored ${setting} is ${stored[setting]}`);
}

/** The page's live status regions (role="status") that say something, and whether each is visible. */
export function statusRegions(page: Page): Promise<{ text: string; visible: boolean }[]> {
  return evaluateJson(
    page.send,
    page.context,
    `[...document.querySelectorAll('[role=status]')]
      .map((el) => ({ text: el.textContent.trim(), visible: el.checkVisibility() }))
      .filter((region) => region.text !== '')`,
  );
}

/** The visible status region whose text includes `sentence`, if the page shows one. */
export async function regionSaying(page: Page, sentence: string): Promise<string | undefined> {
  return (await statusRegions(page)).find((region) => region.visible && region.text.includes(sentence))?.text;
}
