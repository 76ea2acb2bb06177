/**
 * The panel in a French browser: its text comes from the browser's i18n (_locales/fr), not from the
 * saved UI-language setting (the content script follows the browser only, see src/content/i18n.ts).
 * The region keeps its product name, "Personal Touch", and the counter its N/L form in every language.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { clickInPanel, panelNode, regionEntries, waitForPanelText } from './ax';
import { test as base, EXTENSION_DIR, expect, sentInvites } from './harness';

const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-e2e-fr-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'fr-FR',
      env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--lang=fr',
      ],
    });
    await use(context);
    await context.close();
  },
});

test('French browser: the panel speaks French; its name and counter stay the same', async ({
  openFixture,
}) => {
  const page = await openFixture('french-profile-modal.html');
  await page.click('#ember58');
  await page.getByRole('button', { name: 'Ajouter une note' }).click();
  await waitForPanelText(page, /\b0\/300\b/);
  const entries = await regionEntries(page);
  expect(entries.find((e) => e.role === 'listbox')?.name).toBe('Accroche');
  await page.locator('#custom-message').click();
  await page.keyboard.type(
    "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
  );
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  expect((await panelNode(page, 'alert'))?.text).toMatch(/^Pas encore envoyée : /);
  const buttons = (await regionEntries(page)).filter((e) => e.role === 'button').map((e) => e.name);
  expect(buttons).toEqual(expect.arrayContaining(['Continuer à modifier', 'Envoyer quand même']));
  await clickInPanel(page, 'button', 'Continuer à modifier');
  await expect.poll(() => panelNode(page, 'alert')).toBeUndefined();
  expect(await sentInvites(page)).toEqual([]);
});
