/**
 * The panel follows the UI language chosen in the options page, in an English browser: the worker
 * sends the content script that language's messages with the panel data (no web-accessible file).
 * The user picks "Français" and saves like anyone would; the panel, a typed over-limit warning (with
 * the French plural) and the held-send alert are French. Back on "Browser language", a newly opened
 * panel is English again, on the same page and after a reload.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { clickInPanel, panelNode, regionEntries, waitForPanelText } from './ax';
import { expect, sentInvites, test } from './harness';
import { openNoteStep, sendInvitation } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

interface OptionsWords {
  label: string;
  option: string;
  save: string;
  /** The options page's own language once saved (it follows the choice at once). */
  lang: string;
}
const CHOOSE_FRENCH: OptionsWords = {
  label: 'Language',
  option: 'Français',
  save: 'Save settings',
  lang: 'fr',
};
const BACK_TO_AUTO: OptionsWords = {
  label: 'Langue',
  option: 'Langue du navigateur',
  save: 'Enregistrer les réglages',
  lang: 'en',
};

async function chooseInOptions(options: Page, words: OptionsWords): Promise<void> {
  await options.getByLabel(words.label, { exact: true }).selectOption({ label: words.option });
  await options.getByRole('button', { name: words.save }).click();
  await expect(options.locator('html')).toHaveAttribute('lang', words.lang);
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  return options;
}

/** The panel's counter on the note step before anything is typed. */
const EMPTY_COUNTER = /\b0\/200\b/;

/** The findings the panel lists, as the accessibility tree reads them. */
async function panelFindings(page: Page): Promise<string[]> {
  const entries = await regionEntries(page);
  return entries.filter((e) => e.role === 'listitem').map((e) => e.text);
}

const openerListName = async (page: Page) =>
  (await regionEntries(page)).find((e) => e.role === 'listbox')?.name;

const LONG_NOTE =
  'Hi Maya, we talked about type design at the Lyon fair last week, and your point on variable fonts for ' +
  'small screens stayed with me. I would love to hear how the new family turns out, and whether the italics ' +
  'made it into the first release this spring.';

/** Types a note `over` characters over the 200 limit: most of it as one input (a paste), the end key by key. */
async function typeOverLimit(page: Page, over: number): Promise<string> {
  const note = LONG_NOTE.slice(0, 200 + over);
  await page.locator('#custom-message').click();
  await page.keyboard.insertText(note.slice(0, -10));
  await page.keyboard.type(note.slice(-10));
  await waitForPanelText(page, new RegExp(`\\b${200 + over}/200\\b`));
  return note;
}

test('French chosen in options: the panel, an over-limit note and the held send are French', async ({
  context,
  extensionId,
  openFixture,
  pageErrors,
}) => {
  await chooseInOptions(await openOptions(context, extensionId), CHOOSE_FRENCH);

  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  await expect.poll(() => openerListName(page)).toBe('Accroche');
  await typeOverLimit(page, 14);
  expect(await panelFindings(page)).toContain(
    'Votre note dépasse de 14 caractères la limite de 200 caractères de LinkedIn.',
  );
  for (let i = 0; i < 13; i++) await page.keyboard.press('Backspace');
  await waitForPanelText(page, /\b201\/200\b/);
  expect(await panelFindings(page)).toContain(
    'Votre note dépasse de 1 caractère la limite de 200 caractères de LinkedIn.',
  );

  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(
    /^Pas encore envoyée : Votre note dépasse de 1 caractère la limite de 200 caractères de LinkedIn\./,
  );
  const buttons = (await regionEntries(page)).filter((e) => e.role === 'button').map((e) => e.name);
  expect(buttons).toEqual(expect.arrayContaining(['Continuer à modifier', 'Envoyer quand même']));
  expect(await sentInvites(page)).toEqual([]);
  await clickInPanel(page, 'button', 'Continuer à modifier');
  await expect.poll(() => panelNode(page, 'alert')).toBeUndefined();
  expect(await sentInvites(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('back to "Browser language": newly opened panels are English, on the same page and after a reload', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const options = await openOptions(context, extensionId);
  await chooseInOptions(options, CHOOSE_FRENCH);
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  await expect.poll(() => openerListName(page)).toBe('Accroche');

  await chooseInOptions(options, BACK_TO_AUTO);
  await page.bringToFront();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await openNoteStep(page, { panel: EMPTY_COUNTER }); // the same page: this dialog's panel data carries the new setting
  await expect.poll(() => openerListName(page)).toBe('Opener');
  const note = await typeOverLimit(page, 3);
  expect(await panelFindings(page)).toContain(
    "Your note is 3 characters over LinkedIn's 200-character limit.",
  );
  await sendInvitation(page);
  expect((await panelNode(page, 'alert'))?.text).toMatch(/^Not sent yet: Your note is 3 characters over /);
  await clickInPanel(page, 'button', 'Send anyway');
  await expect.poll(() => sentInvites(page)).toEqual([expect.objectContaining({ note, overLimit: true })]);

  await page.reload();
  await openNoteStep(page, { panel: EMPTY_COUNTER });
  await expect.poll(() => openerListName(page)).toBe('Opener');
});
