/**
 * Openers and notes that contain HTML, a style-breaking tag or a template-engine probe are data, never
 * markup or code: they show as the same plain text in the panel, LinkedIn's field, the popup, the options
 * page and both exports, and no element, style or script comes out of them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { clickInPanel, regionEntries, regionText } from './ax';
import { askWorker, expect, test } from './harness';
import { openNoteStep } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';
const IMG = `<img src=x onerror="document.title='pwned'">`;
const STYLE = '</style><b id=breakout>bold</b>';
const PROBE = '{{constructor}}';
const OPENER = { title: `${IMG} opener`, body: `Hi {{firstName}}, ${STYLE} ok`, pinned: true };
const PROBE_OPENER = { title: `Probe ${PROBE}`, body: `Hi {{firstName}} ${PROBE}`, pinned: true };
const NOTES = { slug: 'maya-lindqvist', howWeMet: IMG, why: `${STYLE} ${PROBE}` };

/** Nothing the payloads describe exists as a real element, and nothing ran. */
async function expectNoMarkup(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"], #breakout').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');
}

async function seed(context: Parameters<typeof askWorker>[0], extensionId: string): Promise<void> {
  for (const opener of [OPENER, PROBE_OPENER]) {
    const saved = await askWorker<{ ok: boolean }>(context, extensionId, { type: 'saveOpener', opener });
    expect(saved.ok).toBe(true);
  }
  expect(
    (await askWorker<{ ok: boolean }>(context, extensionId, { type: 'saveContact', patch: NOTES })).ok,
  ).toBe(true);
}

test('panel and LinkedIn’s field: markup in openers and notes is plain text', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await seed(context, extensionId);
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /img src=x/ });
  const text = await regionText(page);
  expect(text).toContain(OPENER.title);
  expect(text).toContain(IMG); // the how-we-met note, as typed
  expect(text).toContain(STYLE);
  expect((await regionEntries(page)).filter((e) => /^(image|img)$/i.test(e.role))).toEqual([]);
  expect(text).not.toContain('native code');

  // An unknown placeholder is refused or left as typed; it never reaches into JavaScript objects.
  await clickInPanel(page, 'option', /^Probe/);
  await page.waitForTimeout(300);
  expect(await page.locator('#custom-message').inputValue()).not.toMatch(/function|native code|\[object/);
  expect(await regionText(page)).not.toMatch(/function Object|native code|\[object/);
  await clickInPanel(page, 'option', /img src=x/);
  await expect(page.locator('#custom-message')).toHaveValue(`Hi Maya, ${STYLE} ok`);
  await expectNoMarkup(page);
});

test('popup, options and both exports: the same text, byte for byte', async ({ context, extensionId }) => {
  await seed(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(popup.locator('.opener', { hasText: OPENER.title })).toHaveCount(1);
  await expect(popup.locator('.opener', { hasText: PROBE_OPENER.title })).toHaveCount(1);
  await expect(popup.locator('body')).not.toContainText('native code');
  await expectNoMarkup(popup);
  await popup.getByRole('tab', { name: 'Contacts' }).click();
  await expect(popup.getByRole('tabpanel')).toContainText(IMG);
  await expectNoMarkup(popup);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/popup/options.html`);
  const exportFile = async (name: string) => {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name }).click();
    return readFileSync((await (await download).path()) ?? '', 'utf8');
  };
  const json = JSON.parse(await exportFile('Export everything (JSON)')) as {
    openers: { title: string; body: string }[];
    contacts: { howWeMet?: string; why?: string }[];
  };
  expect(json.openers).toEqual(
    expect.arrayContaining([expect.objectContaining(OPENER), expect.objectContaining(PROBE_OPENER)]),
  );
  expect(json.contacts).toEqual([expect.objectContaining({ howWeMet: NOTES.howWeMet, why: NOTES.why })]);
  const csv = await exportFile('Export contacts (CSV)');
  expect(csv).toContain(`"${IMG.replaceAll('"', '""')}"`); // RFC 4180 quoting, nothing else changed
  expect(csv).toContain(NOTES.why);
  await expectNoMarkup(options);
});
