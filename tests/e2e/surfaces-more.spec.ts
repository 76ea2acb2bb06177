/**
 * LinkedIn in other languages, the free monthly allowance of personalised notes, and My Network's
 * Connect that sends at once with no note, with the built extension and real clicks and keystrokes.
 */
import { clickInPanel, panelNode, regionCount, regionEntries, waitForPanelText } from './ax';
import { askWorker, evaluateInExtensionWorld, expect, sentInvites, test } from './harness';
import { openNoteStep, typeNote } from './invite-steps';

/** SDUI markup with hashed classes only: Send must be found by structure, never by an English label. */
const LANGUAGES = [
  {
    lang: 'de',
    name: 'Lukas Becker',
    slug: 'lukas-becker',
    addNote: 'Nachricht hinzufügen',
    send: 'Einladung senden',
    limit: 200,
  },
  {
    lang: 'es',
    name: 'Elena García',
    slug: 'elena-garcia',
    addNote: 'Añadir una nota',
    send: 'Enviar invitación',
    limit: 300,
  },
  {
    lang: 'pt',
    name: 'João Silva',
    slug: 'joao-silva',
    addNote: 'Adicionar nota',
    send: 'Enviar convite',
    limit: 300,
  },
  {
    lang: 'it',
    name: 'Giulia Rossi',
    slug: 'giulia-rossi',
    addNote: 'Aggiungi una nota',
    send: 'Invia invito',
    limit: 300,
  },
];

for (const ui of LANGUAGES) {
  test(`LinkedIn in ${ui.lang.toUpperCase()}: panel for ${ui.name}, counter, guard, then a clean send`, async ({
    openFixture,
  }) => {
    const page = await openFixture(`profile-sdui-${ui.lang}.html`);
    await openNoteStep(page, {
      addNote: ui.addNote,
      panel: new RegExp(`for ${ui.name}.*\\b0/${ui.limit}\\b`),
    });
    await typeNote(page, 'Hi {{firstName}}!');
    await page.getByRole('button', { name: ui.send }).click();
    expect((await panelNode(page, 'alert'))?.text).toMatch(/placeholder|\{\{/i);
    expect(await sentInvites(page)).toEqual([]);
    await page.locator('#custom-message').fill('');
    await clickInPanel(page, 'option', /^We met in person/);
    await page.getByRole('button', { name: ui.send }).click();
    expect(await sentInvites(page)).toEqual([
      expect.objectContaining({ to: ui.slug, note: expect.stringMatching(/^Hi /) }),
    ]);
  });
}

test('allowance: LinkedIn’s remaining count is shown, with the user’s own count of notes sent', async ({
  openFixture,
}) => {
  const page = await openFixture('profile-2025-add-note-200.html', { query: '?remaining=3' });
  await openNoteStep(page, { panel: /3 personalised notes left this month · 0 sent with a note this month/ });
});

test('allowance: before the last personalised note, the panel warns', async ({ openFixture }) => {
  const page = await openFixture('profile-2025-add-note-200.html', { query: '?remaining=1' });
  await openNoteStep(page, { panel: /This is your last personalised note this month/ });
});

test('allowance used up: the upsell step says so and keeps the note on the contact for after they accept', async ({
  openFixture,
  context,
  extensionId,
}) => {
  const page = await openFixture('premium-upsell-limit.html');
  await openNoteStep(page, {
    connect: page.getByRole('button', { name: 'Invite Hana Sato to connect' }),
    panel: /no personalised notes left this month/,
  });
  await clickInPanel(page, 'textbox', 'Note for after they accept');
  const note = 'Thanks for connecting, Hana! Loved your ops talk in Osaka.';
  await page.keyboard.type(note);
  await clickInPanel(page, 'button', 'Keep this note');
  await waitForPanelText(page, /Kept with the contact/);
  const reply = await askWorker<{ data: { afterAcceptNote: string } | null }>(context, extensionId, {
    type: 'getContact',
    slug: 'hana-sato',
  });
  expect(reply.data?.afterAcceptNote).toBe(note);
  // The note never entered LinkedIn's page.
  expect(await page.evaluate(() => document.body.textContent?.includes('Osaka') ?? false)).toBe(false);
});

test('allowance used up, no "Add a note": Send without a note is not held, and the after-accept note is offered', async ({
  openFixture,
}) => {
  const page = await openFixture('premium-upsell-limit.html');
  await page.getByRole('button', { name: 'Invite Luis Ortega to connect' }).click();
  await waitForPanelText(page, /no personalised notes left this month/);
  expect((await regionEntries(page)).some((e) => e.role === 'textbox')).toBe(true);
  await page.getByRole('button', { name: 'Send without a note' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'luis-ortega', note: null })]);
});

test('My Network: Connect is held with a prompt; “Send without a note” sends exactly that one', async ({
  openFixture,
}) => {
  const page = await openFixture('pymk-card.html');
  await page.getByRole('button', { name: 'Invite Ravi Menon to connect' }).click();
  await waitForPanelText(page, /to Ravi Menon at once, with no note/);
  expect(await sentInvites(page)).toEqual([]);
  await clickInPanel(page, 'button', 'Send without a note');
  await expect
    .poll(() => sentInvites(page))
    .toEqual([expect.objectContaining({ to: 'ravi-menon', note: null })]);
  expect(await regionCount(page)).toBe(0);
});

test('My Network: “Open profile to add a note” goes to the person’s profile; nothing is sent', async ({
  openFixture,
}) => {
  const page = await openFixture('pymk-card.html');
  await page.getByRole('button', { name: 'Invite Chen Wei to connect' }).click();
  expect(await sentInvites(page)).toEqual([]);
  // The harness answers unknown paths with 204, so the navigation is seen as its request.
  const navigation = page.waitForRequest((request) => request.isNavigationRequest());
  await clickInPanel(page, 'button', 'Open profile to add a note');
  expect(new URL((await navigation).url()).pathname).toBe('/in/chen-wei/');
});

test('My Network: “Don’t ask again on this page” lets later clicks through', async ({ openFixture }) => {
  const page = await openFixture('pymk-card.html');
  await page.getByRole('button', { name: 'Invite Amara Okoye to connect' }).click();
  await clickInPanel(page, 'button', "Don't ask again on this page");
  expect(await sentInvites(page)).toEqual([]);
  await page.getByRole('button', { name: 'Invite Amara Okoye to connect' }).click();
  await page.getByRole('button', { name: 'Invite Julia Kowalski to connect' }).click();
  expect((await sentInvites(page)).map((s) => s.to)).toEqual(['amara-okoye', 'julia-kowalski']);
});

test('My Network: with the setting off, Connect works as on LinkedIn', async ({
  openFixture,
  context,
  extensionId,
}) => {
  await askWorker(context, extensionId, { type: 'saveSettings', patch: { interceptPymk: false } });
  const page = await openFixture('pymk-card.html');
  await page.getByRole('button', { name: 'Invite Ravi Menon to connect' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'ravi-menon' })]);
  expect(await regionCount(page)).toBe(0);
});

test('My Network: when the prompt fails, the click goes through to LinkedIn unchanged', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('pymk-card.html');
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["direct-connect"]');
  await page.getByRole('button', { name: 'Invite Ravi Menon to connect' }).click();
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'ravi-menon' })]);
  expect(pageErrors).toEqual([]);
});
