/**
 * Saved openers in the panel: inserted the way LinkedIn registers (Send enables, the counter moves),
 * never truncated, and kept by the worker across a restart.
 */
import { clickInPanel, waitForPanelText } from './ax';
import { askWorker, expect, sentInvites, stopServiceWorker, test } from './harness';
import { openNoteStep, sendInvitation } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

test('choosing a starter opener fills LinkedIn’s field for this recipient; Send sends exactly it', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /We met in person/ });
  await clickInPanel(page, 'option', /^We met in person/);
  const field = page.locator('#custom-message');
  await expect(field).toHaveValue(/^Hi Maya, it was good to meet you\./);
  const note = await field.inputValue();
  // LinkedIn registered it: its own counter moved and its Send button is enabled.
  await expect(page.locator('[data-fixture=counter]')).toHaveText(`${note.length}/200`);
  await expect(page.getByRole('button', { name: 'Send invitation' })).toBeEnabled();
  await waitForPanelText(page, new RegExp(`\\b${note.length}/200\\b`));
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'maya-lindqvist', note })]);
});

test('profile facts reach openers: the mutual connection shown on the page', async ({ openFixture }) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /Introduced by a mutual contact/ });
  await clickInPanel(page, 'option', /^Introduced by a mutual contact/);
  await expect(page.locator('#custom-message')).toHaveValue(
    /^Hi Maya, Ola Nilsson suggested I get in touch\./,
  );
});

test('an opener that renders over the limit is not inserted; the panel says how much to cut', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const body = `Hi {{firstName}}, ${'I really enjoyed your work on design systems and calm software. '.repeat(4)}`;
  const saved = await askWorker<{ ok: boolean }>(context, extensionId, {
    type: 'saveOpener',
    opener: { title: 'Far too long', body, pinned: true },
  });
  expect(saved.ok).toBe(true);
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /Far too long/ });
  await clickInPanel(page, 'option', /^Far too long/);
  const rendered = body.replace('{{firstName}}', 'Maya');
  const over = rendered.length - 200;
  await waitForPanelText(page, new RegExp(`Cut ${over} characters`));
  await expect(page.locator('#custom-message')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Send invitation' })).toBeDisabled();
});

test('openers saved through the worker survive a worker restart', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const saved = await askWorker<{ ok: boolean }>(context, extensionId, {
    type: 'saveOpener',
    opener: {
      title: 'Berlin meetup',
      body: 'Hi {{firstName}}, great chatting at the Berlin product meetup!',
    },
  });
  expect(saved.ok).toBe(true);
  const page = await openFixture(MAYA);
  await stopServiceWorker(context); // the panel's request must wake a fresh worker that reads storage
  await openNoteStep(page, { panel: /Berlin meetup/ });
  await clickInPanel(page, 'option', /^Berlin meetup/);
  await expect(page.locator('#custom-message')).toHaveValue(
    'Hi Maya, great chatting at the Berlin product meetup!',
  );
});
