/**
 * axe-core on the popup (every section, and the opener editor), the options page and the composer
 * panel, in light and dark: no serious or critical violations. The panel is checked on a test page
 * that renders the real component and CSS in an open shadow root (see panel-page.ts for why).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { askWorker, expect, test } from './harness';
import { openPanelPage } from './panel-page';

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

for (const dark of [false, true]) {
  const theme = dark ? 'dark' : 'light';

  test(`popup sections and the opener editor (${theme})`, async ({ context, extensionId }) => {
    await askWorker(context, extensionId, {
      type: 'saveContact',
      patch: { slug: 'maya-lindqvist', name: 'Maya Lindqvist', howWeMet: 'at Config' },
    });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await expect(page.locator('.opener').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New opener' }).click();
    await page
      .getByLabel('Opener text')
      .fill("Hi {{firstName}}, I'd like to add you to my professional network.");
    await expect(page.locator('.finding').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    for (const tab of ['Contacts', 'This month']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByText('Loading…')).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test(`options page (${theme})`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`composer panel (${theme})`, async ({ context }) => {
    const page = await openPanelPage(context, { dark });
    expect(await seriousViolations(page, '#panel-host')).toEqual([]);
  });
}

/** LinkedIn's own theme wins over the system's: the panel matches the dialog it sits in. */
for (const [linkedinTheme, systemDark, background] of [
  ['dark', false, 'rgb(29, 34, 38)'],
  ['light', true, 'rgb(243, 246, 248)'],
] as const) {
  test(`composer panel follows LinkedIn's ${linkedinTheme} mode (system ${systemDark ? 'dark' : 'light'})`, async ({
    context,
  }) => {
    const page = await openPanelPage(context, { dark: systemDark, linkedinTheme });
    const panel = page.locator('#panel-host').locator('section[aria-label="Personal Touch"]');
    await expect(page.locator('#panel-host')).toHaveAttribute('data-pt-theme', linkedinTheme);
    await expect(panel).toHaveCSS('background-color', background);
    expect(await seriousViolations(page, '#panel-host')).toEqual([]);
    // LinkedIn switching theme while the dialog is open is followed too.
    const other = linkedinTheme === 'dark' ? 'light' : 'dark';
    await page.evaluate((theme) => {
      document.documentElement.className = `theme--${theme}`;
    }, other);
    await expect(page.locator('#panel-host')).toHaveAttribute('data-pt-theme', other);
    expect(await seriousViolations(page, '#panel-host')).toEqual([]);
  });
}
