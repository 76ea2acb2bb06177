/**
 * Browser sync end to end: the built extension in real Chromium, whose chrome.storage.sync works without
 * a signed-in account and enforces its real quotas (102,400 bytes, 8,192 per item, 512 items, write
 * rates). What lands in sync storage is read straight from chrome.storage.sync and measured with
 * Chrome's own getBytesInUse; "another device" is played by writing into chrome.storage.sync from an
 * extension page, as Chrome's sync would.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  decodeMirror,
  encodeMirror,
  laptopEdits,
  type Mirror,
  type Opener,
  quotaBreaches,
  type SyncItems,
  sampleOpeners,
  syncedIds,
} from '../support/sync-mirror';
import { expect, test } from './harness';

// A sync pass waits for a 2 s pause and runs at most every 5 s; the slow machine needs room for several.
test.describe.configure({ timeout: 120_000 });
const PASS = { timeout: 40_000, intervals: [500] };

interface Reply<T> {
  ok: boolean;
  data: T;
  error?: { message: string };
}

async function extensionPage(context: BrowserContext, extensionId: string, path = 'src/popup/index.html') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** A request to the worker from an extension page, as the popup sends it. */
async function ask<T>(page: Page, message: unknown): Promise<T> {
  const reply = await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (x: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message as object,
  );
  const envelope = reply as Reply<T>;
  if (!envelope.ok)
    throw new Error(`worker refused ${JSON.stringify(message).slice(0, 80)}: ${envelope.error?.message}`);
  return envelope.data;
}

/** Everything in chrome.storage.sync, with Chrome's own byte counts. */
function readSync(page: Page): Promise<SyncItems> {
  return page.evaluate(async () => {
    const sync = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get: (k: null) => Promise<Record<string, unknown>>;
              getBytesInUse: (k: string[] | null) => Promise<number>;
            };
          };
        };
      }
    ).chrome.storage.sync;
    const items = await sync.get(null);
    const bytesPerItem: Record<string, number> = {};
    for (const key of Object.keys(items)) bytesPerItem[key] = await sync.getBytesInUse([key]);
    return { items, bytesPerItem, bytesInUse: await sync.getBytesInUse(null) };
  });
}

/** Writes into chrome.storage.sync as another device's sync would arrive. */
function writeSync(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (values) =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set: (v: Record<string, unknown>) => Promise<void> } } };
        }
      ).chrome.storage.sync.set(values),
    items,
  );
}

function expectWithinQuotas(area: SyncItems): void {
  expect(quotaBreaches(area)).toEqual([]);
}

test('turned on in options, openers reach browser sync in pieces within every quota; contact notes only once their sync is on', async ({
  context,
  extensionId,
}) => {
  const options = await extensionPage(context, extensionId, 'src/popup/options.html');
  const syncOpeners = options.getByRole('checkbox', { name: 'Sync openers' });
  const saved = options.getByRole('status').filter({ hasText: 'Saved' });
  await expect(syncOpeners).toBeChecked(); // the default
  await expect(options.getByRole('checkbox', { name: 'Sync contact notes' })).not.toBeChecked();
  await syncOpeners.uncheck();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(saved).toBeVisible();

  const page = await extensionPage(context, extensionId);
  const drafts = sampleOpeners(24);
  for (const opener of drafts) await ask(page, { type: 'saveOpener', opener });
  await ask(page, {
    type: 'saveContact',
    patch: { slug: 'maya-lindqvist', name: 'Maya', notes: 'private: met at the Berlin meetup' },
  });
  const local = (await ask<Opener[]>(page, { type: 'listOpeners' })).map((o) => o.id).sort();
  // With sync off, a pass (2 s after the last change, at most every 5 s) writes none of them.
  await page.waitForTimeout(9_000);
  expect(syncedIds(await readSync(page), 'openers').filter((id) => id.startsWith('sync-'))).toEqual([]);
  expect((await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state).toBe('off');

  // The user turns opener sync on in the options page.
  await syncOpeners.check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(saved).toBeVisible();
  await expect.poll(async () => syncedIds(await readSync(page), 'openers'), PASS).toEqual(local);
  const area = await readSync(page);
  expectWithinQuotas(area);
  const pieces = Object.keys(area.items).filter((key) => key.startsWith('pt:openers:'));
  expect(pieces.length).toBeGreaterThan(3); // ~45 KB of openers: spread over several items
  const synced = decodeMirror<Opener>(area.items, 'openers')?.records ?? [];
  for (const draft of drafts) expect(synced.find((o) => o.id === draft.id)?.body).toBe(draft.body);
  expect(area.items['pt:settings']).toBeDefined();
  // Contact notes stay on this device while their sync is off.
  expect(Object.keys(area.items).filter((key) => key.startsWith('pt:contacts'))).toEqual([]);
  expect(JSON.stringify(area.items)).not.toContain('Berlin meetup');

  // The user turns contact sync on in the options page.
  await options.getByRole('checkbox', { name: 'Sync contact notes' }).check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(saved).toBeVisible();
  await expect
    .poll(async () => syncedIds(await readSync(page), 'contacts'), PASS)
    .toEqual(['maya-lindqvist']);
  const withContacts = await readSync(page);
  expectWithinQuotas(withContacts);
  const contacts = decodeMirror<{ slug: string; notes: string }>(withContacts.items, 'contacts');
  expect(contacts?.records[0]?.notes).toBe('private: met at the Berlin meetup');
});

test('another device’s newer edit and its deletion are merged; an older copy loses', async ({
  context,
  extensionId,
}) => {
  const page = await extensionPage(context, extensionId);
  for (const opener of sampleOpeners(3)) await ask(page, { type: 'saveOpener', opener });
  await expect.poll(async () => syncedIds(await readSync(page), 'openers'), PASS).toContain('sync-2');

  const before = decodeMirror<Opener>((await readSync(page)).items, 'openers') as Mirror<Opener>;
  await writeSync(page, encodeMirror('openers', laptopEdits(before, Date.now())));

  await expect
    .poll(
      async () => (await ask<Opener[]>(page, { type: 'listOpeners' })).map((o) => `${o.id}:${o.title}`),
      PASS,
    )
    .toEqual(expect.arrayContaining(['sync-0:Edited on the laptop', 'sync-1:Sync opener 1']));
  const merged = await ask<Opener[]>(page, { type: 'listOpeners' });
  expect(merged.map((o) => o.id)).not.toContain('sync-2');

  // The popup shows the merged library.
  const popup = await extensionPage(context, extensionId);
  await expect(popup.getByText('Edited on the laptop')).toBeVisible();
  await expect(popup.getByText('Sync opener 1', { exact: true })).toBeVisible();
  await expect(popup.getByText('Sync opener 2', { exact: true })).toHaveCount(0);

  // This device writes the merge back: its newer copy of sync-1, and the deletion kept as a tombstone.
  await expect
    .poll(async () => {
      const mirror = decodeMirror<Opener>((await readSync(page)).items, 'openers');
      return {
        titles: mirror?.records
          .filter((o) => o.id === 'sync-0' || o.id === 'sync-1')
          .map((o) => o.title)
          .sort(),
        deleted: mirror?.tombstones.some((t) => t.id === 'sync-2'),
        resurrected: mirror?.records.some((o) => o.id === 'sync-2'),
      };
    }, PASS)
    .toEqual({ titles: ['Edited on the laptop', 'Sync opener 1'], deleted: true, resurrected: false });
});

test('past the 100 KB quota the user is told plainly, nothing is lost here, and sync resumes once it fits', async ({
  context,
  extensionId,
}) => {
  const page = await extensionPage(context, extensionId);
  // An options page the user keeps open throughout: it follows the status without being reloaded.
  const openAlready = await extensionPage(context, extensionId, 'src/popup/options.html');
  const liveNote = openAlready.getByRole('status').filter({ hasText: /Browser sync has room for 100 KB/ });
  await expect(openAlready.getByRole('checkbox', { name: 'Sync openers' })).toBeChecked(); // loaded
  await expect(liveNote).toHaveCount(0);
  await openAlready.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const notReloaded = () =>
    openAlready.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);

  const drafts = sampleOpeners(70).map((o) => ({ ...o, body: o.body.padEnd(1990, ' ·') }));
  for (const opener of drafts) await ask(page, { type: 'saveOpener', opener });

  const overQuota = { timeout: 40_000, intervals: [500] };
  await expect
    .poll(async () => (await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state, overQuota)
    .toBe('over-quota');
  const status = await ask<{ message: string }>(page, { type: 'getSyncStatus' });
  expect(status.message).toMatch(/room for 100 KB.*kept on this device only/s);

  const options = await extensionPage(context, extensionId, 'src/popup/options.html');
  await expect(options.getByText(/Browser sync has room for 100 KB/)).toBeVisible();
  // The page opened before: the same sentence, in its polite live region, with no reload.
  await expect(liveNote).toBeVisible();
  await expect(liveNote).toContainText('kept on this device only');
  expect(await notReloaded()).toBe(true);

  const local = await ask<Opener[]>(page, { type: 'listOpeners' });
  for (const draft of drafts) expect(local.find((o) => o.id === draft.id)?.body).toBe(draft.body);
  const area = await readSync(page);
  expectWithinQuotas(area);
  expect(decodeMirror(area.items, 'openers')).toBeUndefined(); // the old copy made room, settings stay
  expect(area.items['pt:settings']).toBeDefined();

  for (const draft of drafts.slice(0, 40)) await ask(page, { type: 'deleteOpener', id: draft.id });
  const remaining = (await ask<Opener[]>(page, { type: 'listOpeners' })).map((o) => o.id).sort();
  await expect.poll(async () => syncedIds(await readSync(page), 'openers'), PASS).toEqual(remaining);
  expect((await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state).toBe('ok');
  expectWithinQuotas(await readSync(page));
  // Sync resumed: the sentence leaves the page that stayed open, as it does a freshly opened one.
  await expect(liveNote).toHaveCount(0);
  await expect(options.getByText(/Browser sync has room for 100 KB/)).toHaveCount(0);
  expect(await notReloaded()).toBe(true);
});

test('a burst of 150 edits makes a handful of sync writes, far under the 120-a-minute limit', async ({
  context,
  extensionId,
}) => {
  const page = await extensionPage(context, extensionId);
  // Each set or remove on chrome.storage.sync fires one onChanged event in every extension page.
  await page.evaluate(() => {
    const w = globalThis as unknown as {
      syncWrites: number;
      chrome: { storage: { sync: { onChanged: { addListener: (f: () => void) => void } } } };
    };
    w.syncWrites = 0;
    w.chrome.storage.sync.onChanged.addListener(() => {
      w.syncWrites++;
    });
  });
  const started = Date.now();
  for (let i = 0; i < 150; i++) {
    await ask(page, { type: 'saveOpener', opener: { id: 'busy', title: 'Busy', body: `edit ${i}` } });
  }
  await expect
    .poll(async () => decodeMirror<Opener>((await readSync(page)).items, 'openers')?.records, PASS)
    .toContainEqual(expect.objectContaining({ id: 'busy', body: 'edit 149' }));
  const minutes = Math.max(1, (Date.now() - started) / 60_000);
  const writes = await page.evaluate(() => (globalThis as unknown as { syncWrites: number }).syncWrites);
  test
    .info()
    .annotations.push({ type: 'sync writes', description: `${writes} in ${minutes.toFixed(2)} min` });
  expect(writes).toBeGreaterThan(0);
  expect(writes / minutes).toBeLessThanOrEqual(24); // two writes per pass, passes at least 5 s apart
  expect((await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state).toBe('ok');
});
