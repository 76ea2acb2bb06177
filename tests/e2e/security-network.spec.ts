/**
 * No request leaves the extension in any flow. Every request of the context is watched: LinkedIn's
 * pages, the popup, the options page and the service worker (Playwright reports worker traffic on the
 * context). Canary fetches, made on purpose from the worker and the popup, prove the watcher sees both.
 */
import type { Request } from '@playwright/test';
import { clickInPanel } from './ax';
import { expect, sentInvites, test, unexpectedRequests } from './harness';
import { openNoteStep, sendInvitation } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';
const CANARY = 'https://canary.invalid/';

interface Seen {
  url: string;
  fromWorker: boolean;
}

test('popup, options, the LinkedIn dialog and the worker make no request', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const seen: Seen[] = [];
  context.on('request', (request: Request) =>
    seen.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  // Popup: create an opener with the keyboard.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.getByRole('button', { name: 'New opener' }).click();
  await popup.keyboard.type('Harbour');
  await popup.getByLabel('Opener text').fill('Hi {{firstName}}, good to meet you at the harbour talk.');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.getByRole('tab', { name: 'Contacts' }).click();

  // Options: save settings, export both files.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  await options.getByLabel('Your first name').fill('Alex');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.locator('.settings').getByRole('status')).toHaveText('Saved');
  for (const name of ['Export everything (JSON)', 'Export contacts (CSV)']) {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name }).click();
    await download;
  }

  // LinkedIn: the dialog, a private note, an opener inserted, the invitation sent.
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /Harbour/ });
  await clickInPanel(page, 'option', /^Harbour/);
  await expect(page.locator('#custom-message')).toHaveValue(/harbour talk/);
  await sendInvitation(page);
  await expect.poll(() => sentInvites(page)).toHaveLength(1);
  await page.reload();

  // Canaries: the watcher must see a worker fetch and a popup fetch, or this test proves nothing.
  await worker.evaluate((url) => fetch(`${url}worker`).catch(() => undefined), CANARY);
  await popup.evaluate((url) => fetch(`${url}popup`).catch(() => undefined), CANARY);
  await expect.poll(() => seen.filter((s) => s.url.startsWith(CANARY)).length).toBe(2);
  expect(seen.find((s) => s.url === `${CANARY}worker`)?.fromWorker).toBe(true);

  const ownBlobs = (url: string) => url.startsWith(`blob:chrome-extension://${extensionId}/`);
  const leaks = unexpectedRequests(
    seen.map((s) => s.url).filter((url) => !url.startsWith(CANARY) && !ownBlobs(url)),
    extensionId,
  );
  expect(leaks).toEqual([]);
  expect(seen.filter((s) => s.fromWorker && !s.url.startsWith(CANARY))).toEqual([]);
});
