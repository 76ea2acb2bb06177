/**
 * One lifecycle per dialog appearance: the panel and its listeners go when the dialog closes, when
 * LinkedIn navigates in-app, and when the extension is updated or reloaded under the page. Never two panels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { panelNode, regionCount, waitForPanelText } from './ax';
import { EXTENSION_DIR, evaluateInExtensionWorld, expect, sentInvites, test } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';
const BOILERPLATE = "I'd like to add you to my professional network on LinkedIn.";

/** The panel's counter on the note step before anything is typed. */
const EMPTY_COUNTER = /\b0\/200\b/;

test('closing the dialog removes the panel; reopening gives exactly one', async ({ openFixture }) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => regionCount(page)).toBe(0);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  expect(await regionCount(page)).toBe(1);
});

test('in-app navigation ends the session: panel gone, and its guard no longer holds Send', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  await page.evaluate(() => history.pushState({}, '', '/feed/'));
  await expect.poll(() => regionCount(page)).toBe(0);
  await typeNote(page, BOILERPLATE);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
});

test('a second copy of the content script (extension updated) takes over: one panel, and it works', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  const script = readFileSync(join(EXTENSION_DIR, 'src/content/index.js'), 'utf8');
  await evaluateInExtensionWorld(page, script);
  await waitForPanelText(page, /\b0\/200\b/);
  expect(await regionCount(page)).toBe(1);
  await typeNote(page, BOILERPLATE);
  await waitForPanelText(page, new RegExp(`\\b${BOILERPLATE.length}/200\\b`));
  expect(await regionCount(page)).toBe(1);
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/default/i);
  expect(await sentInvites(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('extension reloaded under the page: the old copy ends quietly and LinkedIn works as without it', async ({
  openFixture,
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await extensionPage
    .evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    )
    .catch(() => undefined); // the page closes with the extension
  await page.bringToFront();
  await typeNote(page, BOILERPLATE);
  await expect.poll(() => regionCount(page)).toBe(0);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
  expect(pageErrors).toEqual([]);
});
