/**
 * Notes on a contact, where they are needed: written in the panel, used by openers at once, kept by the
 * worker, and never placed in LinkedIn's page unless the user inserts them.
 */
import { clickInPanel, regionEntries, waitForPanelText } from './ax';
import { askWorker, expect, stopServiceWorker, test } from './harness';
import { openNoteStep } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

test('a note written in the panel fills openers at once and is saved for the contact', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /Your notes on Maya Lindqvist/ });
  await clickInPanel(page, 'DisclosureTriangle', /Your notes on Maya Lindqvist/);
  await clickInPanel(page, 'textbox', 'How we met');
  await page.keyboard.type('at the Stockholm design meetup');
  // Private until inserted: nothing of it is in LinkedIn's page.
  expect(await page.content()).not.toContain('Stockholm design meetup');
  await waitForPanelText(page, /Saved/);
  await clickInPanel(page, 'option', /^We met in person/);
  await expect(page.locator('#custom-message')).toHaveValue(
    /^Hi Maya, it was good to meet you at the Stockholm design meetup\./,
  );

  await stopServiceWorker(context);
  const reply = await askWorker<{ ok: boolean; data: { howWeMet: string } | null }>(context, extensionId, {
    type: 'getContact',
    slug: 'maya-lindqvist',
  });
  expect(reply).toEqual({
    ok: true,
    data: expect.objectContaining({ howWeMet: 'at the Stockholm design meetup' }),
  });

  await page.reload();
  await openNoteStep(page, { panel: /Your notes on Maya Lindqvist/ });
  const field = (await regionEntries(page)).find((e) => e.role === 'textbox' && e.name === 'How we met');
  expect(field).toBeDefined();
  await expect
    .poll(async () =>
      (await regionEntries(page)).some(
        (e) => e.role === 'StaticText' && /Stockholm design meetup/.test(e.name),
      ),
    )
    .toBe(true);
});
