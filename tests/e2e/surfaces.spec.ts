/**
 * Every place a user can send an invitation, in every markup era the fixtures model, with the built
 * extension: the panel appears for the right person, and what LinkedIn's page received is what the user
 * chose. (Languages, the monthly allowance and My Network's instant Connect are in surfaces-more.spec.ts.)
 */
import { clickInPanel, panelNode, regionCount, regionText, waitForPanelText } from './ax';
import { askWorker, evaluateInExtensionWorld, expect, sentInvites, test } from './harness';
import { openNoteStep, sendInvitation, typeNote } from './invite-steps';

const BOILERPLATE = "I'd like to add you to my professional network on LinkedIn.";

test('creator profile: Connect from the More menu gets the panel, for the profile’s person only', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2026-more-menu-connect.html');
  await page.click('[data-fixture=more]');
  await openNoteStep(page, { connect: '[data-fixture=menu-connect]', panel: /for Rafael Costa\b/ });
  await typeNote(page, 'Hi Rafael, your talk on climbing gyms was great.');
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'rafael-costa' })]);
  expect(await page.evaluate(() => window.__linkedinFixture.strangerInvites)).toEqual([]);
});

test('2025+ search results: slugs sharing a prefix are not confused (dan-ho / dan-holmes-84a1)', async ({
  openFixture,
  context,
  extensionId,
}) => {
  const page = await openFixture('search-results-2025-sdui.html');
  await openNoteStep(page, {
    connect: page.getByRole('link', { name: 'Invite Dan Holmes to connect' }),
    panel: /for Dan Holmes/,
  });
  await clickInPanel(page, 'option', /^We met in person/);
  await expect(page.locator('#custom-message')).toHaveValue(/^Hi Dan, it was good to meet you\./);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'dan-holmes-84a1' })]);
  await expect
    .poll(async () =>
      (
        await askWorker<{ data: { slug?: string }[] }>(context, extensionId, { type: 'listInvitations' })
      ).data.map((i) => i.slug),
    )
    .toEqual(['dan-holmes-84a1']);
});

test('company People tab: the panel is for the card’s person and holds the default text', async ({
  openFixture,
}) => {
  const page = await openFixture('company-people-tab.html');
  await openNoteStep(page, {
    connect: page.getByRole('button', { name: 'Invite Dan Ho to connect' }),
    panel: /for Dan Ho\b/,
  });
  await typeNote(page, BOILERPLATE);
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/default/i);
  expect(await sentInvites(page)).toEqual([]);
});

test('2018 send-invite modal: the note step is found, counted against 300, and guarded', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2018-send-invite.html');
  await openNoteStep(page, { connect: '#ember1040', panel: /\b0\/300\b/ });
  await typeNote(page, BOILERPLATE);
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/default/i);
  expect(await sentInvites(page)).toEqual([]);
  await clickInPanel(page, 'button', 'Send anyway');
  await expect.poll(() => sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
});

test('2020 "You can customize this invitation": Send now without a note is held; Send anyway sends it', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2020-artdeco-customize.html');
  await page.click('#ember72');
  await waitForPanelText(page, /personal note more often/);
  await page.getByRole('button', { name: 'Send now' }).click();
  expect((await panelNode(page, 'alert'))?.text).toMatch(/no note/i);
  expect(await sentInvites(page)).toEqual([]);
  await clickInPanel(page, 'button', 'Send anyway');
  await expect.poll(() => sentInvites(page)).toEqual([expect.objectContaining({ note: null })]);
});

test('"How do you know X?": the panel explains the step and never holds its Connect', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2021-how-do-you-know.html');
  await page.click('#ember90');
  await waitForPanelText(page, /Choose how you know Priya/);
  await page.getByRole('button', { name: 'Colleague' }).click();
  await openNoteStep(page, {
    connect: page.getByRole('button', { name: 'Connect', exact: true }),
    panel: /\b0\/300\b/,
  });
  expect(await regionCount(page)).toBe(1);
});

test('2014 invite page: the pre-filled default text is flagged at once and its Send is held', async ({
  openFixture,
}) => {
  const page = await openFixture('legacy-2014-people-invite.html');
  await waitForPanelText(page, /default/i);
  await page.getByLabel('Friend').check();
  await page.locator('#send-invite-button').click();
  expect((await panelNode(page, 'alert'))?.text).toMatch(/default/i);
  expect(await sentInvites(page)).toEqual([]);
});

test('Sales Navigator’s connect form: counted against 300, Send records what was typed', async ({
  openFixture,
}) => {
  const page = await openFixture('sales-navigator-connect.html');
  await page.click('[data-fixture=overflow]');
  await page.click('[data-fixture=connect]');
  await waitForPanelText(page, /for Ravi Shankar.*\b0\/300\b/);
  const note = 'Hi Ravi, we spoke at the Tailspin supplier day about packaging costs.';
  await typeNote(page, note, '#connect-cta-form__invitation');
  await waitForPanelText(page, new RegExp(`\\b${note.length}/300\\b`));
  await page.getByRole('button', { name: 'Send Invitation' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'Ravi Shankar', note })]);
});

test('e-mail required: the panel explains LinkedIn’s e-mail field and still helps with the note', async ({
  openFixture,
}) => {
  const page = await openFixture('email-required.html');
  await page.getByRole('button', { name: 'Invite Sofia Marin to connect' }).click();
  await waitForPanelText(page, /e-mail address/);
  await page.locator('#invitee-email').fill('sofia@example.com');
  await page.getByRole('button', { name: 'Add a note' }).click();
  await waitForPanelText(page, /\b0\/300\b/);
});

test('weekly limit alert: the panel stays out of the way', async ({ openFixture }) => {
  const page = await openFixture('weekly-limit-alert.html');
  await page.getByRole('button', { name: 'Invite Ben Adler to connect' }).click();
  await typeNote(page, 'Hi Ben, we met at the logistics summit in Hamburg.');
  await sendInvitation(page);
  await expect(page.getByRole('dialog', { name: /weekly invitation limit/ })).toBeVisible();
  expect(await regionCount(page)).toBe(0);
});

test('Trusted Types page: panel, opener and guard work; LinkedIn’s default policy is never hit', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2026-trusted-types.html');
  await openNoteStep(page, {
    connect: '[data-fixture=topcard-actions] a[href*="custom-invite"]',
    panel: /We met in person/,
  });
  await clickInPanel(page, 'option', /^We met in person/);
  await expect(page.locator('#custom-message')).toHaveValue(/it was good to meet you/);
  await page.locator('#custom-message').fill('');
  await typeNote(page, 'Hi {{firstName}}, great to meet you.');
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/placeholder|\{\{/i);
  expect(await sentInvites(page)).toEqual([]);
  expect(await page.evaluate(() => window.__linkedinFixture.defaultPolicyCalls)).toEqual([]);
  expect(await regionText(page)).toContain('Personal Touch');
});

test('fail open on Sales Navigator: when the panel throws, the form sends exactly what was typed', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('sales-navigator-connect.html');
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["render"]');
  await page.click('[data-fixture=overflow]');
  await page.click('[data-fixture=connect]');
  await typeNote(page, BOILERPLATE, '#connect-cta-form__invitation');
  expect(await regionCount(page)).toBe(0);
  await page.getByRole('button', { name: 'Send Invitation' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ note: BOILERPLATE })]);
  expect(pageErrors).toEqual([]);
});

test('fail open on the 2014 page: when the guard throws, the form submits as LinkedIn’s own', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('legacy-2014-people-invite.html');
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["guard"]');
  await page.getByLabel('Friend').check();
  await page.locator('#send-invite-button').click();
  await expect
    .poll(() => sentInvites(page))
    .toEqual([expect.objectContaining({ to: 'dana-whitfield', reason: 'IF' })]);
  expect(pageErrors).toEqual([]);
});

declare global {
  interface Window {
    __linkedinFixture: { strangerInvites: string[]; defaultPolicyCalls: unknown[] };
  }
}
