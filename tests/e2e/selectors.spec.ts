/**
 * Proof for every LinkedIn selector: each selector in src/content/linkedin/selectors.ts has entries in
 * selector-proofs.ts listing fixtures (with an optional `?era=…` query for older markup), a state and an
 * expected match count (0 where it must not match). This loads each fixture in Chromium, drives it to
 * that state with real clicks, and counts matches in the document and in open shadow roots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import {
  F,
  type FixtureState,
  type SelectorProof,
  selectorProofs,
} from '../../src/content/linkedin/selector-proofs';
import { selectors } from '../../src/content/linkedin/selectors';
import { expect, FIXTURE_DIR, FIXTURE_URLS, test } from './harness';

type Driver = Partial<Record<FixtureState, (page: Page) => Promise<void>>>;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

/** The common flow: Connect opens the gate; "Add a note" opens the note step. */
function standard(connect: string, addNote = 'Add a note'): Driver {
  return {
    gate: (page) => page.click(connect),
    note: async (page) => {
      await page.click(connect);
      await button(page, addNote);
    },
  };
}

const DRIVERS: Record<string, Driver> = {
  [F.P2025]: standard('[data-fixture=connect]'),
  [F.P2023]: standard('#ember58'),
  [F.P2020]: standard('#ember72'),
  [F.V2018]: standard('#ember1040'),
  [F.HDYK]: { gate: (page) => page.click('#ember90') },
  [F.FR]: standard('#ember58', 'Ajouter une note'),
  [F.DE]: standard('[data-fixture=connect]', 'Nachricht hinzufügen'),
  [F.ES]: standard('[data-fixture=connect]', 'Añadir una nota'),
  [F.PT]: standard('[data-fixture=connect]', 'Adicionar nota'),
  [F.IT]: standard('[data-fixture=connect]', 'Aggiungi una nota'),
  [F.SEARCH]: standard('button[aria-label="Invite Sam Carter to connect"]'),
  [F.SDUI_SEARCH]: standard('a[aria-label="Invite Dan Ho to connect"]'),
  [F.COMPANY]: standard('button[aria-label="Invite Dan Ho to connect"]'),
  // A Connect that sends at once: the SDUI keyed button, or (?era=ember) a card whose button sends directly.
  [F.SEARCH_DIRECT]: {
    sent: (page) =>
      page.locator('[data-fixture=direct], [data-fixture-behaviour=direct] button').first().click(),
  },
  [F.SALES]: {
    note: async (page) => {
      await page.click('[data-fixture=overflow]');
      await page.click('[data-fixture=connect]');
    },
  },
  [F.EMAIL]: { gate: (page) => page.click('button[aria-label="Invite Sofia Marin to connect"]') },
  [F.UPSELL]: standard('button[aria-label="Invite Hana Sato to connect"]'),
  [F.LIMIT]: {
    sent: async (page) => {
      await page.click('button[aria-label="Invite Ben Adler to connect"]');
      await page.locator('#custom-message').fill('Hi Ben, we met at the logistics summit in Hamburg.');
      await button(page, 'Send invitation');
    },
  },
};

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
});
test.afterAll(async () => browser.close());

async function openInState(fixture: string, state: FixtureState, query: string): Promise<Page> {
  const page = await browser.newPage();
  const path = FIXTURE_URLS[fixture] ?? '/';
  const body = readFileSync(join(FIXTURE_DIR, fixture), 'utf8');
  await page.route('https://www.linkedin.com/**', (route) =>
    new URL(route.request().url()).pathname === path
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 204, body: '' }),
  );
  await page.goto(`https://www.linkedin.com${path}${query}`);
  if (state !== 'page') {
    const drive = DRIVERS[fixture]?.[state];
    if (!drive) throw new Error(`No '${state}' driver for ${fixture}: add one to DRIVERS`);
    await drive(page);
  }
  return page;
}

/** Match counts of every selector on one fixture state; each state is loaded once for all selectors. */
const counted = new Map<string, Promise<Record<string, number>>>();
function countsIn({ fixture, state, query = '' }: SelectorProof): Promise<Record<string, number>> {
  const key = `${fixture}${query}#${state}`;
  let counts = counted.get(key);
  if (!counts) {
    counts = openInState(fixture, state, query).then(async (page) => {
      const result = await page.evaluate(
        (all) => {
          const roots: (Document | ShadowRoot)[] = [document];
          for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
          return Object.fromEntries(
            Object.entries(all).map(([name, css]) => [
              name,
              roots.reduce((sum, root) => sum + root.querySelectorAll(css).length, 0),
            ]),
          );
        },
        selectors as Record<string, string>,
      );
      await page.close();
      return result;
    });
    counted.set(key, counts);
  }
  return counts;
}

test('every selector has proof, and matches somewhere', () => {
  for (const name of Object.keys(selectors) as (keyof typeof selectors)[]) {
    const proof = selectorProofs[name] ?? [];
    expect(proof.length, `${name} has no proof entries`).toBeGreaterThan(0);
    expect(
      proof.some((p) => p.count > 0),
      `${name} is never shown to match`,
    ).toBe(true);
  }
});

for (const name of Object.keys(selectors) as (keyof typeof selectors)[]) {
  test(`selector ${name} matches as its proof says`, async () => {
    test.setTimeout(180_000); // the first selectors load most fixture states; later ones reuse them
    for (const proof of selectorProofs[name]) {
      const counts = await countsIn(proof);
      expect(
        counts[name],
        `${name} on ${proof.fixture}${proof.query ?? ''} (${proof.state}): re-capture the fixture or update the selector`,
      ).toBe(proof.count);
    }
  });
}
