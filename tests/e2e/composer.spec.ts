/**
 * The composer panel on LinkedIn's note step: detection in light DOM and shadow root, counter, openers,
 * the send guard, all driven with real clicks and keystrokes and judged by what LinkedIn's page received.
 */
import { clickInPanel, panelNode, regionCount, waitForPanelText } from './ax';
import { expect, sentInvites, test } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

test('shadow-root dialog: the panel counts against the dialog’s 200 limit and follows typing', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page);
  await waitForPanelText(page, /\b0\/200\b/);
  await page.locator('#custom-message').click();
  const typed = 'Hi Maya, loved your talk on design systems in Stockholm.';
  await page.keyboard.type(typed);
  const text = await waitForPanelText(page, new RegExp(`\\b${typed.length}/200\\b`));
  expect(text).toContain('Personal Touch');
  expect(await regionCount(page)).toBe(1);
});

test('a good note sends on the first click, exactly once, with exactly the text typed', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page);
  const note =
    'Hi Maya, your post on calm software changed how our team reviews designs. Would love to stay in touch!';
  await typeNote(page, note);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([
    expect.objectContaining({ to: 'maya-lindqvist', note, noteLength: note.length, overLimit: false }),
  ]);
});

test('LinkedIn’s default text is held with an alert; Send anyway sends it once', async ({ openFixture }) => {
  const page = await openFixture(MAYA, { query: '?premium=1' });
  await openNoteStep(page);
  await typeNote(page, "I'd like to add you to my professional network on LinkedIn.");
  await waitForPanelText(page, /\/300\b/);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([]);
  const alert = await panelNode(page, 'alert');
  expect(alert?.text).toMatch(/default/i);
  await clickInPanel(page, 'button', 'Send anyway');
  await expect.poll(() => sentInvites(page)).toHaveLength(1);
  expect((await sentInvites(page))[0]?.note).toBe(
    "I'd like to add you to my professional network on LinkedIn.",
  );
  await page.waitForTimeout(200);
  expect(await sentInvites(page)).toHaveLength(1);
});

test('Keep editing returns to the note and nothing is sent', async ({ openFixture }) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page);
  await typeNote(page, 'Hi {{firstName}}, great to meet you.');
  await sendInvitation(page);
  const alert = await panelNode(page, 'alert');
  expect(alert?.text).toMatch(/placeholder|\{\{/i);
  await clickInPanel(page, 'button', 'Keep editing');
  await expect.poll(() => panelNode(page, 'alert')).toBeUndefined();
  await expect(page.locator('#custom-message')).toBeFocused();
  expect(await sentInvites(page)).toEqual([]);
});

test('a note over the limit is held and the panel says by how much', async ({ openFixture }) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page);
  await page.locator('#custom-message').click();
  await page.keyboard.type(
    `Hi Maya, ${'we met at the Stockholm design meetup and talked about tokens. '.repeat(4)}`,
  );
  await waitForPanelText(page, /\b\d+\/200 · \d+ over the limit/);
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/over/i);
  expect(await sentInvites(page)).toEqual([]);
});

test('Send without a note is held on the gating step, with a message about the missing note', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await page.click('[data-fixture=connect]');
  await page.getByRole('button', { name: 'Send without a note' }).click();
  expect(await sentInvites(page)).toEqual([]);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/no note/i);
  await clickInPanel(page, 'button', 'Send anyway');
  await expect
    .poll(() => sentInvites(page))
    .toEqual([expect.objectContaining({ to: 'maya-lindqvist', note: null })]);
});

test('light-DOM dialog (shadow=0) gets the panel too', async ({ openFixture }) => {
  const page = await openFixture(MAYA, { query: '?shadow=0' });
  await openNoteStep(page);
  await waitForPanelText(page, /\b0\/200\b/);
});

test('Ember 2023 dialog: limit read from the counter (300)', async ({ openFixture }) => {
  const page = await openFixture('profile-2023-artdeco-add-note.html');
  await openNoteStep(page, { connect: '#ember58' });
  await waitForPanelText(page, /\b0\/300\b/);
});

test('French UI: the panel finds the dialog by its locale-independent hooks', async ({ openFixture }) => {
  const page = await openFixture('french-profile-modal.html');
  await page.click('#ember58');
  await page.getByRole('button', { name: 'Ajouter une note' }).click();
  await waitForPanelText(page, /\b0\/300\b/);
  await page.locator('#custom-message').click();
  await page.keyboard.type(
    "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
  );
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  expect((await panelNode(page, 'alert'))?.text).toMatch(/default/i);
  expect(await sentInvites(page)).toEqual([]);
});
