/**
 * Issue #7 end to end: an invitation sent from a dialog is recorded; pages the user opens then teach
 * the extension its outcome (Pending, the Sent page with its "Load more", a withdrawal, 1st degree), in
 * the 2025+ and the Ember markup; the popup shows the numbers and the follow-up, and the badge counts it.
 */
import type { Page } from '@playwright/test';
import { askWorker, expect, test } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';
import { badge, copyThenMarkMessaged, openPopupThisMonth, seed, stored } from './outcomes-steps';

async function sendToMaya(openFixture: (file: string) => Promise<Page>, note: string) {
  const page = await openFixture('profile-2025-add-note-200.html');
  await openNoteStep(page);
  await typeNote(page, note);
  await sendInvitation(page);
}

test('2025+ markup: send, pending, Sent page, withdrawn, accepted, then the numbers and the follow-up', async ({
  context,
  extensionId,
  openFixture,
}) => {
  test.setTimeout(120_000); // many steps, each read back through the worker
  const status = (slug: string) => stored(context, extensionId, slug);
  const note = 'Hi Maya, your talk on calm software changed how we review designs. Glad to stay in touch!';
  await sendToMaya(openFixture, note);
  await expect
    .poll(() => status('maya-lindqvist'))
    .toMatchObject({ personalised: true, noteLength: note.length, status: 'pending' });

  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 0);
  await seed(context, extensionId, 'jonas-weber-berlin', 'Jonas Weber', 90);
  await seed(context, extensionId, 'dan-ho', 'Dan Ho', 150);
  await seed(context, extensionId, 'zoe-muller-ch', 'Zoë Müller', 60);
  await askWorker(context, extensionId, {
    type: 'saveContact',
    patch: {
      slug: 'priya-raman-uk',
      name: 'Priya Raman',
      afterAcceptNote: 'Great to meet you at PyData, Priya!',
      howWeMet: 'PyData London',
    },
  });

  await openFixture('profile-pending.html');
  await expect.poll(async () => (await status('jonas-weber-berlin'))?.pendingSeenAt).toBeGreaterThan(0);

  const sent = await openFixture('sent-invitations-page.html');
  await expect.poll(async () => (await status('dan-ho'))?.pendingSeenAt).toBeGreaterThan(0);
  expect((await status('priya-raman-uk'))?.status).toBe('pending'); // 5 of 7 rows: absence means nothing yet
  await sent.getByRole('button', { name: 'Load more' }).click();
  await expect.poll(async () => (await status('priya-raman-uk'))?.leftSentListAt).toBeGreaterThan(0);
  expect((await status('priya-raman-uk'))?.status).toBe('unknown');
  expect((await status('maya-lindqvist'))?.status).toBe('pending'); // sent just now, and on the list

  await sent.getByRole('link', { name: 'Withdraw invitation sent to Dan Ho', exact: true }).click();
  await sent.locator('dialog[open]').getByRole('button', { name: 'Withdraw' }).click();
  await expect.poll(async () => (await status('dan-ho'))?.status).toBe('withdrawn');
  expect((await status('dan-holmes-4b21a7'))?.status).toBeUndefined();

  await openFixture('profile-1st-degree.html');
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('accepted');
  await expect.poll(() => badge(context, extensionId)).toBe('1');

  const jonas = await openFixture('profile-pending.html');
  await jonas.click('[data-fixture=pending]');
  await jonas.locator('dialog[open]').getByRole('button', { name: 'Withdraw' }).click();
  await expect.poll(async () => (await status('jonas-weber-berlin'))?.status).toBe('withdrawn');

  // Numbers: Priya yes; Dan, Jonas no; Zoë pending for 20 days counts as no; Maya is too recent.
  const popup = await openPopupThisMonth(context, extensionId);
  await expect(popup.getByTestId('results-overall')).toContainText('1 of 4 accepted');
  await expect(popup.getByTestId('results-overall')).toContainText('Not enough data yet');
  await expect(popup.locator('[data-rate="withNote"]')).toContainText('0/3');
  await expect(popup.locator('[data-rate="withoutNote"]')).toContainText('1/1');
  await expect(popup.locator('[data-rate="month"]')).toContainText('1/1');
  // Priya was never seen pending: her time to accept is only bounded, by the 20 days to the sighting.
  await expect(popup.getByTestId('results-median')).toHaveText('Median: between under a day and 20 days');
  await expect(popup.getByTestId('results-tight')).toContainText('Known to within a day for 0 of 1');
  await expect(popup.locator('svg[role="img"]').first()).toBeVisible();

  const draft = popup.getByRole('textbox', { name: 'First message to Priya Raman' });
  await expect(draft).toHaveValue('Great to meet you at PyData, Priya!');
  await expect(popup.locator('.followup')).toContainText('PyData London');
  expect(await copyThenMarkMessaged(popup, 'Priya Raman')).toBe('Great to meet you at PyData, Priya!');
  await expect(popup.getByText('Nobody is waiting for a first message.')).toBeVisible();
  await expect.poll(() => badge(context, extensionId)).toBe('');
});

test('Ember markup: Sent page withdrawal, Pending, Connect again, 1st degree', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const status = (slug: string) => stored(context, extensionId, slug);
  await seed(context, extensionId, 'dan-ho', 'Dan Ho', 120);
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 80);
  await seed(context, extensionId, 'jonas-weber-berlin', 'Jonas Weber', 0);

  const sent = await openFixture('sent-invitations-2022-ember.html');
  await expect.poll(async () => (await status('dan-ho'))?.pendingSeenAt).toBeGreaterThan(0);
  await sent.getByRole('button', { name: 'Withdraw invitation sent to Dan Ho', exact: true }).click();
  await sent.locator('[data-test-dialog-primary-btn]').click();
  await expect.poll(async () => (await status('dan-ho'))?.status).toBe('withdrawn');
  // Page 1 of 2: Priya, sent 20 days ago, is older than what "Sent 3 weeks ago" surely covers.
  expect((await status('priya-raman-uk'))?.status).toBe('pending');

  await openFixture('profile-1st-degree.html', { query: '?era=ember' });
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('accepted');

  const jonas = await openFixture('profile-pending.html', { query: '?era=ember' });
  await expect.poll(async () => (await status('jonas-weber-berlin'))?.pendingSeenAt).toBeGreaterThan(0);
  await jonas.click('[data-fixture=pending]');
  await jonas.locator('.artdeco-button--primary').click();
  await expect.poll(async () => (await status('jonas-weber-berlin'))?.status).toBe('withdrawn');
});

test('2019 markup: 1st degree is read from the v3 top card', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 0);
  await openFixture('profile-1st-degree.html', { query: '?era=2019' });
  await expect
    .poll(async () => (await stored(context, extensionId, 'priya-raman-uk'))?.status)
    .toBe('accepted');
});

test('in-app navigation: a profile reached with history.pushState from search results is read', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await seed(context, extensionId, 'jonas-weber-berlin', 'Jonas Weber', 90);
  const page = await openFixture('search-results-connect.html'); // not an outcome page: nothing observed
  await page.waitForTimeout(800);
  expect((await stored(context, extensionId, 'jonas-weber-berlin'))?.pendingSeenAt).toBeUndefined();
  // LinkedIn's router: the URL changes first, the profile renders a moment later.
  await page.evaluate(() => {
    history.pushState({}, '', '/in/jonas-weber-berlin/');
    setTimeout(() => {
      const card = document.createElement('section');
      card.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.refACoAAAcDnUkB8xk2pQTopcard');
      card.innerHTML =
        '<h1>Jonas Weber</h1><p>· 2nd</p><a href="/in/jonas-weber-berlin/" componentkey="ConnectButtonstate:invitation:urn:li:member:118204577_pending" aria-label="Pending, click to withdraw invitation sent to Jonas Weber"><span>Pending</span></a>';
      document.body.replaceChildren(card);
    }, 300);
  });
  await expect
    .poll(async () => (await stored(context, extensionId, 'jonas-weber-berlin'))?.pendingSeenAt)
    .toBeGreaterThan(0);
});
