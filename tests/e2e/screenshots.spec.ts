/**
 * README screenshots of the popup, the opener editor, the options page and the panel, in light and
 * dark, written to docs/screenshots/. Run on purpose, not with the suite:
 *   PT_SCREENSHOTS=1 PT_EXTENSION_DIR=… npx playwright test tests/e2e/screenshots.spec.ts
 */
import { mkdirSync } from 'node:fs';
import { askWorker, expect, test } from './harness';
import { openPanelPage } from './panel-page';

const OUT = 'docs/screenshots';
test.skip(!process.env.PT_SCREENSHOTS, 'set PT_SCREENSHOTS=1 to refresh docs/screenshots');

const OPENERS = [
  {
    title: 'Met at a conference',
    body: 'Hi {{firstName}}, great to meet you {{howWeMet}}. {{reason}}.',
    tags: ['events'],
    pinned: true,
  },
  {
    title: 'Loved your talk',
    body: 'Hi {{firstName}}, your talk stayed with me — especially the part on onboarding.',
    tags: ['talks'],
  },
  {
    title: 'Hiring in Lyon',
    body: 'Hi {{firstName}}, I lead design at {{company}}’s new Lyon studio and would love to stay in touch.',
    tags: ['hiring'],
  },
];

for (const dark of [false, true]) {
  const theme = dark ? 'dark' : 'light';

  test(`popup and options (${theme})`, async ({ context, extensionId }) => {
    mkdirSync(OUT, { recursive: true });
    for (const opener of OPENERS) await askWorker(context, extensionId, { type: 'saveOpener', opener });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await expect(page.locator('.opener', { hasText: 'Hiring in Lyon' })).toBeVisible();
    await page.screenshot({ path: `${OUT}/popup-openers-${theme}.png` });

    await page.locator('.opener', { hasText: 'Met at a conference' }).locator('.opener__open').click();
    await expect(page.locator('.preview')).toBeVisible();
    await page.screenshot({ path: `${OUT}/popup-editor-${theme}.png` });

    await page.setViewportSize({ width: 900, height: 1100 });
    await page.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
    await page.screenshot({ path: `${OUT}/options-${theme}.png` });
  });

  test(`panel (${theme})`, async ({ context }) => {
    mkdirSync(OUT, { recursive: true });
    const page = await openPanelPage(context, { dark });
    await page.setViewportSize({ width: 600, height: 760 });
    await page.locator('main').screenshot({ path: `${OUT}/panel-${theme}.png` });
  });
}
