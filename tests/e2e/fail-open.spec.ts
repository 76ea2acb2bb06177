/**
 * Fail open: with markup the extension does not recognise, or when the extension itself fails, LinkedIn
 * works as if the extension were absent and sends exactly what the user typed. And the extension makes
 * no network requests, keeps keystrokes to itself, and shows page scripts nothing.
 */
import { regionCount } from './ax';
import { evaluateInExtensionWorld, expect, sentInvites, test, unexpectedRequests } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';
const BOILERPLATE = "I'd like to add you to my professional network on LinkedIn.";

/** A redesign the extension has never seen: every hook it knows is renamed. */
const unknownMarkup = (html: string) =>
  html
    .replaceAll('custom-message', 'note-box-2031')
    .replaceAll('name="message"', 'name="body"')
    .replaceAll('send-invite-modal', 'invite-sheet')
    .replaceAll('artdeco-modal__actionbar', 'sheet-actions')
    .replaceAll('artdeco-button--primary', 'btn-main');

test('unknown markup: no panel, LinkedIn sends exactly what was typed, no errors', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture(MAYA, { transform: unknownMarkup });
  await openNoteStep(page, { noteField: '#note-box-2031' });
  await typeNote(page, BOILERPLATE, '#note-box-2031');
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
  expect(await regionCount(page)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('when the panel throws, it is removed and LinkedIn’s Send still sends the typed text', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture(MAYA);
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["render"]');
  await openNoteStep(page);
  await typeNote(page, BOILERPLATE);
  expect(await regionCount(page)).toBe(0);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
  expect(pageErrors).toEqual([]);
});

test('when the guard throws, the click goes through to LinkedIn unchanged', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture(MAYA);
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["guard"]');
  await openNoteStep(page, { panel: /0\/200/ });
  await typeNote(page, BOILERPLATE);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
  expect(pageErrors).toEqual([]);
});

test('the page cannot read the panel, and keystrokes in it do not reach LinkedIn', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /We met in person/ });
  const seen = await page.evaluate(() => {
    const host = document
      .querySelector('#interop-outlet')
      ?.shadowRoot?.querySelector('[data-personal-touch]') as HTMLElement | null;
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key));
    (window as unknown as { __keys: string[] }).__keys = keys;
    return { hostFound: Boolean(host), shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
  });
  expect(seen).toEqual({ hostFound: true, shadowRoot: null, text: '' });
  await page.locator('#custom-message').click();
  await page.keyboard.press('Tab'); // into the panel's opener list
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // inserts the second opener
  await expect(page.locator('#custom-message')).not.toHaveValue('');
  const keys = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
  expect(keys).toEqual(['Tab']); // Tab passes so LinkedIn's focus trap keeps working; nothing else does
});

test('no flow makes a network request from the extension', async ({ openFixture, requests, extensionId }) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /We met in person/ });
  await typeNote(page, 'Hi Maya, we met at the Stockholm design meetup. Would love to stay in touch!');
  await sendInvitation(page);
  await expect.poll(() => sentInvites(page)).toHaveLength(1);
  expect(unexpectedRequests(requests, extensionId)).toEqual([]);
});

test('search results: when the direct-send prompt throws, Connect works as on LinkedIn', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('search-results-2026-direct.html');
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["direct-connect"]');
  await page.getByRole('button', { name: 'Invite Noor Haddad to connect' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'noor-haddad', note: null })]);
  // The ordinary Connect still opens LinkedIn's own dialog.
  await page.getByRole('link', { name: 'Invite Tomas Berg to connect' }).click();
  await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
  expect(await sentInvites(page)).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test('search results: when learning from a click throws, nothing is learned and every click goes through', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('search-results-2026-direct.html', { query: '?era=ember' });
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["learn-direct"]');
  await page.getByRole('button', { name: 'Invite Mia Lindgren to connect' }).click();
  await page.getByRole('button', { name: 'Invite Omar Farouk to connect' }).click();
  expect((await sentInvites(page)).map((s) => s.to)).toEqual(['mia-lindgren', 'omar-farouk']);
  expect(await regionCount(page)).toBe(0);
  expect(pageErrors).toEqual([]);
});
