/**
 * Proof for every LinkedIn selector: each entry in src/content/linkedin/selectors.ts lists fixtures, a
 * state and an expected match count (0 where it must not match). This loads each fixture in Chromium,
 * drives it to that state with real clicks, and counts matches in the document and in open shadow roots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { type FixtureState, selectors } from '../../src/content/linkedin/selectors';
import { expect, FIXTURE_DIR, FIXTURE_URLS, test } from './harness';

/** How to open each fixture's invite dialog, and its "Add a note" label. */
const DRIVERS: Record<string, { connect: string; addNote: string }> = {
  'profile-2025-add-note-200.html': { connect: '[data-fixture=connect]', addNote: 'Add a note' },
  'profile-2023-artdeco-add-note.html': { connect: '#ember58', addNote: 'Add a note' },
  'french-profile-modal.html': { connect: '#ember58', addNote: 'Ajouter une note' },
  'search-results-connect.html': {
    connect: 'button[aria-label="Invite Sam Carter to connect"]',
    addNote: 'Add a note',
  },
};

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
});
test.afterAll(async () => browser.close());

async function openInState(fixture: string, state: FixtureState): Promise<Page> {
  const page = await browser.newPage();
  const path = FIXTURE_URLS[fixture] ?? '/';
  const body = readFileSync(join(FIXTURE_DIR, fixture), 'utf8');
  await page.route('https://www.linkedin.com/**', (route) =>
    new URL(route.request().url()).pathname === path
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 204, body: '' }),
  );
  await page.goto(`https://www.linkedin.com${path}`);
  const driver = DRIVERS[fixture];
  if (state !== 'page') {
    if (!driver) throw new Error(`No driver for ${fixture}: add one to DRIVERS`);
    await page.click(driver.connect);
    if (state === 'note') await page.getByRole('button', { name: driver.addNote, exact: true }).click();
  }
  return page;
}

function countDeep(page: Page, css: string): Promise<number> {
  return page.evaluate((selector) => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots.reduce((sum, root) => sum + root.querySelectorAll(selector).length, 0);
  }, css);
}

test('every selector has proof, and matches somewhere', () => {
  for (const [name, entry] of Object.entries(selectors)) {
    expect(entry.proof.length, `${name} has no proof entries`).toBeGreaterThan(0);
    expect(
      entry.proof.some((p) => p.count > 0),
      `${name} is never shown to match`,
    ).toBe(true);
  }
});

for (const [name, entry] of Object.entries(selectors)) {
  test(`selector ${name} matches as its proof says`, async () => {
    for (const proof of entry.proof) {
      const page = await openInState(proof.fixture, proof.state);
      const count = await countDeep(page, entry.css);
      await page.close();
      expect(
        count,
        `${name} on ${proof.fixture} (${proof.state}): re-capture the fixture or update the selector`,
      ).toBe(proof.count);
    }
  });
}
