/**
 * A large opener library in the panel: the worker sends at most 50 openers, so the panel offers a
 * search field that reaches the rest through the worker's search, keyboard first, failing open to its
 * own filter. A library of 50 or fewer gets no field.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { clickInPanel, panelNode, regionEntries, waitForPanelText } from './ax';
import { askWorker, evaluateInExtensionWorld, expect, test as harnessTest, sentInvites } from './harness';
import { openNoteStep, sendInvitation } from './invite-steps';
import { BUSY_NOTE_STEP, openPanelPage } from './panel-page';

const MAYA = 'profile-2025-add-note-200.html';
const WORD_97 = 'Zanzibar';
const NOTE_97 = `Hi Maya, we spoke about ${WORD_97} sailing at the harbour talk.`;

/**
 * `count` openers in one import. The most used and most recent come first, so opener #97 (used 103
 * times, edited long ago) is not among the 50 the panel receives.
 */
async function seedOpeners(context: BrowserContext, extensionId: string, count: number): Promise<void> {
  const settings = await askWorker<{ ok: boolean; data: unknown }>(context, extensionId, {
    type: 'getSettings',
  });
  const openers = Array.from({ length: count }, (_, i) => ({
    id: `seed-${i}`,
    title: `Seeded ${String(i).padStart(3, '0')}`,
    body:
      i === 97
        ? `Hi {{firstName}}, we spoke about ${WORD_97} sailing at the harbour talk.`
        : `Hi {{firstName}}, about topic ${i}.`,
    createdAt: 1_000,
    updatedAt: 1_000 + count - i,
    useCount: 200 - i,
  }));
  const file = {
    format: 'personal-touch',
    schemaVersion: 1,
    exportedAt: 2_000,
    openers,
    contacts: [],
    settings: settings.data,
    invitations: [],
  };
  const reply = await askWorker<{ ok: boolean }>(context, extensionId, {
    type: 'applyImport',
    json: JSON.stringify(file),
    mode: 'merge',
  });
  expect(reply.ok).toBe(true);
}

/**
 * The user's starting point in most tests here: 120 openers in the library (the panel is sent 50), and
 * the note step open on Maya's profile with the panel showing. Set up after `pageErrors`, so errors from
 * the first load are caught.
 */
const test = harnessTest.extend<{ noteStepWith120Openers: Page }>({
  noteStepWith120Openers: async ({ context, extensionId, openFixture, pageErrors }, use) => {
    void pageErrors;
    await seedOpeners(context, extensionId, 120);
    const page = await openFixture(MAYA);
    await openNoteStep(page, { panel: /Seeded 000|We met in person/ });
    await use(page);
  },
});

const optionNames = async (page: Page) =>
  (await regionEntries(page)).filter((e) => e.role === 'option').map((e) => e.name);

/** Keys LinkedIn's document saw from now on. */
const recordPageKeys = (page: Page) =>
  page.evaluate(() => {
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key));
    (window as unknown as { __keys: string[] }).__keys = keys;
  });
const pageKeys = (page: Page) => page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);

test('120 openers: search reaches one the panel was not sent; Enter inserts it and Send sends it', async ({
  noteStepWith120Openers: page,
  pageErrors,
}) => {
  expect(await panelNode(page, 'combobox')).toEqual(expect.objectContaining({ name: 'Search openers' }));
  const before = await optionNames(page);
  expect(before).toHaveLength(50);
  expect(before.some((name) => name.startsWith('Seeded 097'))).toBe(false);

  await clickInPanel(page, 'combobox', 'Search openers');
  await page.keyboard.type(WORD_97);
  await waitForPanelText(page, /Seeded 097/);
  expect(await optionNames(page)).toEqual([expect.stringMatching(/^Seeded 097/)]);
  await page.keyboard.press('Enter');
  await expect(page.locator('#custom-message')).toHaveValue(NOTE_97);
  await sendInvitation(page);
  expect(await sentInvites(page)).toEqual([expect.objectContaining({ to: 'maya-lindqvist', note: NOTE_97 })]);
  expect(pageErrors).toEqual([]);
});

test('keyboard only: Tab into the search field, type, ArrowDown, Enter; LinkedIn sees only the Tab', async ({
  noteStepWith120Openers: page,
}) => {
  await page.locator('#custom-message').focus();
  await recordPageKeys(page);
  await page.keyboard.press('Tab'); // from LinkedIn's note field into the panel's first control
  await page.keyboard.type('seeded 11'); // titles Seeded 110 to 119, none of them in the panel's 50
  await waitForPanelText(page, /Seeded 119/);
  const second = (await optionNames(page))[1] ?? '';
  const number = Number(/^Seeded (\d+)/.exec(second)?.[1]);
  expect(number).toBeGreaterThanOrEqual(110);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // the second match
  await expect(page.locator('#custom-message')).toHaveValue(`Hi Maya, about topic ${number}.`);
  expect(await pageKeys(page)).toEqual(['Tab']);
});

test('the opener-picker command focuses the search field when the panel shows one', async ({
  context,
  noteStepWith120Openers: page,
}) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const focused = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    return api.tabs.sendMessage(tab?.id ?? -1, { type: 'focusOpenerPicker' });
  });
  expect(focused).toBe(true);
  await page.keyboard.type(WORD_97);
  await waitForPanelText(page, /Seeded 097/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#custom-message')).toHaveValue(NOTE_97);
});

test('when the worker does not answer the search, the panel’s own openers are still filtered', async ({
  noteStepWith120Openers: page,
}) => {
  const offered = await optionNames(page); // the panel's 50: starters, then Seeded 000 onwards
  await evaluateInExtensionWorld(page, 'globalThis.__personalTouchFaults = ["search"]');
  await clickInPanel(page, 'combobox', 'Search openers');
  await page.keyboard.type(WORD_97); // only the worker knows #97: a plain message, no error
  await waitForPanelText(page, /No opener matches/);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('seeded 04');
  await waitForPanelText(page, /Seeded 040/);
  const local = offered.filter((name) => /^Seeded \d*04/.test(name));
  expect(local.length).toBeGreaterThan(1);
  await page.waitForTimeout(500); // well past the search's debounce: nothing more arrives
  expect(await optionNames(page)).toEqual(local);
  await page.keyboard.press('Enter');
  await expect(page.locator('#custom-message')).toHaveValue(/^Hi Maya, about topic \d+\.$/);
});

test('a small library (the starter openers): no search field, the listbox as before', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const listed = await askWorker<{ data: { id: string }[] }>(context, extensionId, { type: 'listOpeners' });
  expect(listed.data.length).toBeLessThanOrEqual(50);
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /We met in person/ });
  expect(await panelNode(page, 'combobox')).toBeUndefined();
  expect(await panelNode(page, 'listbox')).toBeDefined();
});

for (const [dark, openers] of [
  [false, BUSY_NOTE_STEP.openers],
  [true, BUSY_NOTE_STEP.openers],
  [false, []],
] as const) {
  test(`axe: the search field with ${openers.length} matches (${dark ? 'dark' : 'light'})`, async ({
    context,
  }) => {
    const props = { ...BUSY_NOTE_STEP, openers, search: { query: 'met' } };
    const page = await openPanelPage(context, { dark, props });
    await expect(page.getByRole('combobox', { name: 'Search openers' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('#panel-host')
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual(
      [],
    );
  });
}
