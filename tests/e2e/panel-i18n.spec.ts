/**
 * The panel in a French or German browser: with the UI language on "auto" (the default) its text, and
 * the note checker's findings, come from the browser's i18n (_locales/<lang>); a language chosen in
 * settings wins over the browser's (see src/content/i18n.ts, and panel-language.spec.ts for an English
 * browser). The region keeps its product name, "Personal Touch", and the counter its N/L form in every
 * language.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { clickInPanel, panelNode, regionEntries, waitForPanelText } from './ax';
import { test as base, EXTENSION_DIR, expect, sentInvites } from './harness';
import { openNoteStep, typeNote } from './invite-steps';

const test = base.extend<{ browserLanguage: string }>({
  browserLanguage: ['fr', { option: true }],
  context: async ({ browserLanguage }, use) => {
    const region = browserLanguage.toUpperCase();
    const context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), `pt-e2e-${browserLanguage}-`)),
      {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        locale: `${browserLanguage}-${region}`,
        env: { ...process.env, LANGUAGE: browserLanguage, LANG: `${browserLanguage}_${region}.UTF-8` },
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          `--lang=${browserLanguage}`,
        ],
      },
    );
    await use(context);
    await context.close();
  },
});

/** The findings the panel lists, as the accessibility tree reads them. */
async function panelFindings(page: Parameters<typeof regionEntries>[0]): Promise<string[]> {
  const entries = await regionEntries(page);
  return entries.filter((e) => e.role === 'listitem').map((e) => e.text);
}

/** The French profile's Connect and its "Add a note". */
const FRENCH_NOTE_STEP = { connect: '#ember58', addNote: 'Ajouter une note' };

test.describe('French browser', () => {
  test('the panel speaks French; its name and counter stay the same', async ({ openFixture }) => {
    const page = await openFixture('french-profile-modal.html');
    await openNoteStep(page, { ...FRENCH_NOTE_STEP, panel: /\b0\/300\b/ });
    const entries = await regionEntries(page);
    expect(entries.find((e) => e.role === 'listbox')?.name).toBe('Accroche');
    await typeNote(
      page,
      "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
    );
    await waitForPanelText(page, /C’est le texte d’invitation par défaut de LinkedIn\./);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    expect((await panelNode(page, 'alert'))?.text).toMatch(
      /^Pas encore envoyée : C’est le texte d’invitation par défaut de LinkedIn\. Remplacez-le /,
    );
    const buttons = (await regionEntries(page)).filter((e) => e.role === 'button').map((e) => e.name);
    expect(buttons).toEqual(expect.arrayContaining(['Continuer à modifier', 'Envoyer quand même']));
    await clickInPanel(page, 'button', 'Continuer à modifier');
    await expect.poll(() => panelNode(page, 'alert')).toBeUndefined();
    expect(await sentInvites(page)).toEqual([]);
  });

  test('a typed note over the limit is explained in French, with the French plural', async ({
    openFixture,
  }) => {
    const page = await openFixture('french-profile-modal.html');
    await openNoteStep(page, FRENCH_NOTE_STEP);
    await page.locator('#custom-message').click();
    const sentence = 'Bonjour, nous avons parlé de typographie au salon de Lyon la semaine dernière. ';
    const ending = 'À bientôt, Camille';
    expect(sentence.repeat(4).length + ending.length).toBe(334); // 34 over 300
    // The bulk goes in as one input (as a paste would); the last words are typed key by key.
    await page.keyboard.insertText(sentence.repeat(4));
    await page.keyboard.type(ending);
    await waitForPanelText(page, /\b334\/300\b/);
    expect(await panelFindings(page)).toContain(
      'Votre note dépasse de 34 caractères la limite de 300 caractères de LinkedIn.',
    );
    for (let i = 0; i < 33; i++) await page.keyboard.press('Backspace');
    await waitForPanelText(page, /\b301\/300\b/);
    expect(await panelFindings(page)).toContain(
      'Votre note dépasse de 1 caractère la limite de 300 caractères de LinkedIn.',
    );
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    expect((await panelNode(page, 'alert'))?.text).toMatch(
      /^Pas encore envoyée : Votre note dépasse de 1 caractère /,
    );
    expect(await sentInvites(page)).toEqual([]);
  });
});

test.describe('French browser, English chosen in settings', () => {
  test('the panel, its findings and the held send are English', async ({
    context,
    extensionId,
    openFixture,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
    await options.getByLabel('Langue', { exact: true }).selectOption({ label: 'English' });
    await options.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');

    const page = await openFixture('french-profile-modal.html');
    await page.bringToFront();
    await openNoteStep(page, { ...FRENCH_NOTE_STEP, panel: /\b0\/300\b/ });
    await expect
      .poll(async () => (await regionEntries(page)).find((e) => e.role === 'listbox')?.name)
      .toBe('Opener');
    await page.locator('#custom-message').click();
    const sentence = 'Bonjour, nous avons parlé de typographie au salon de Lyon la semaine dernière. ';
    expect(sentence.repeat(4).length).toBe(316);
    await page.keyboard.insertText(sentence.repeat(4)); // as a paste would
    await waitForPanelText(page, /\b316\/300\b/);
    expect(await panelFindings(page)).toContain(
      "Your note is 16 characters over LinkedIn's 300-character limit.",
    );
    for (let i = 0; i < 15; i++) await page.keyboard.press('Backspace');
    await waitForPanelText(page, /\b301\/300\b/);
    expect(await panelFindings(page)).toContain(
      "Your note is 1 character over LinkedIn's 300-character limit.",
    );
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    expect((await panelNode(page, 'alert'))?.text).toMatch(/^Not sent yet: Your note is 1 character over /);
    expect(await sentInvites(page)).toEqual([]);
  });
});

test.describe('German browser', () => {
  test.use({ browserLanguage: 'de' });

  test('the warning for a note over the limit is German; "Send anyway" sends it once', async ({
    openFixture,
  }) => {
    const page = await openFixture('profile-sdui-de.html');
    await openNoteStep(page, { addNote: 'Nachricht hinzufügen', panel: /\b0\/200\b/ });
    await page.locator('#custom-message').click();
    const body = 'wir haben uns auf dem Berliner Rust-Treffen über Compiler unterhalten. '.repeat(3);
    const note = `Hallo Lukas, ${body}`;
    await page.keyboard.type('Hallo Lukas, ');
    await page.keyboard.insertText(body); // as a paste would

    const over = note.length - 200;
    await waitForPanelText(page, new RegExp(`\\b${note.length}/200\\b`));
    expect(await panelFindings(page)).toContain(
      `Ihre Notiz liegt ${over} Zeichen über LinkedIns Grenze von 200 Zeichen.`,
    );
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    expect((await panelNode(page, 'alert'))?.text).toMatch(
      /^Noch nicht gesendet: Ihre Notiz liegt \d+ Zeichen über /,
    );
    expect(await sentInvites(page)).toEqual([]);
    await clickInPanel(page, 'button', 'Trotzdem senden');
    await expect.poll(() => sentInvites(page)).toEqual([expect.objectContaining({ note, overLimit: true })]);
  });
});
