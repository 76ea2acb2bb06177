/**
 * Detection under the conditions LinkedIn really produces: dialogs that mount late, nodes re-rendered
 * under us, and pages full of other people (search results, side rails).
 */
import { clickInPanel, regionCount, waitForPanelText } from './ax';
import { expect, sentInvites, test } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

/** The dialog's steps mount a while after the click, as on a slow connection. */
const slowDialogs = (html: string) => {
  const slowed = html
    .replace('e.preventDefault(); gate(); });', 'e.preventDefault(); setTimeout(gate, 1200); });')
    .replace('? upsell() : note(); };', '? upsell() : setTimeout(note, 900); };');
  if (slowed.split('setTimeout(').length !== html.split('setTimeout(').length + 2)
    throw new Error('fixture changed');
  return slowed;
};

test('a dialog that mounts late still gets exactly one panel', async ({ openFixture }) => {
  const page = await openFixture(MAYA, { transform: slowDialogs });
  await page.click('[data-fixture=connect]');
  await page.getByRole('button', { name: 'Add a note' }).click({ timeout: 5000 });
  await expect(page.locator('#custom-message')).toBeVisible();
  await waitForPanelText(page, /0\/200/);
  expect(await regionCount(page)).toBe(1);
});

test('when LinkedIn re-renders the dialog’s nodes, the panel comes back once and keeps counting', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /0\/200/ });
  // LinkedIn's framework throws away the content it rendered, our host included, and renders it anew.
  await page.evaluate(() => {
    const root = document.querySelector('#interop-outlet')?.shadowRoot;
    const content = root?.querySelector('.artdeco-modal__content');
    root?.querySelector('[data-personal-touch]')?.remove();
    if (content) content.replaceWith(content.cloneNode(true));
  });
  await waitForPanelText(page, /0\/200/);
  expect(await regionCount(page)).toBe(1);
  // The cloned field has no LinkedIn listener any more, so only the panel's own counter can follow it.
  await typeNote(page, 'Hi Maya');
  await waitForPanelText(page, /\b7\/200\b/);
});

test('search results: the panel is for the person whose Connect was clicked', async ({ openFixture }) => {
  const page = await openFixture('search-results-connect.html');
  await openNoteStep(page, {
    connect: page.getByRole('button', { name: 'Invite Sam Carter to connect' }),
    panel: /for Sam Carter/,
  });
  await clickInPanel(page, 'option', /^We met in person/);
  await expect(page.locator('#custom-message')).toHaveValue(/^Hi Sam, it was good to meet you\./);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'sam-carter' })]);
});

test('a stranger in the side rail never becomes the recipient', async ({ openFixture }) => {
  const page = await openFixture(MAYA);
  await page.getByRole('link', { name: 'Invite Inês Alves to connect' }).click(); // sends at once on LinkedIn
  const text = await openNoteStep(page, { panel: /for Maya Lindqvist/ });
  expect(text).not.toMatch(/Inês/);
});
