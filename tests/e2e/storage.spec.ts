/**
 * Serialised writes, end to end, against the built extension: five extension pages saving at once lose
 * no update, and stopping the service worker in the middle of a burst leaves every acknowledged write
 * intact, nothing half-written and nothing quarantined.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { askWorker, expect, stopServiceWorker, test } from './harness';

const TABS = 5;
const WRITES_PER_TAB = 100;

interface Outcome {
  kind: 'contact' | 'opener';
  key: string;
  text: string;
  acked: boolean;
}

interface Reply<T> {
  ok: boolean;
  data: T;
}

async function openPages(context: BrowserContext, extensionId: string): Promise<Page[]> {
  return Promise.all(
    Array.from({ length: TABS }, async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      return page;
    }),
  );
}

/** Fires every write of one tab at once (even: a contact, odd: an opener) and reports which were acknowledged. */
function burst(page: Page, tab: number, round: string): Promise<Outcome[]> {
  return page.evaluate(
    async ({ tab, round, count }) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime;
      const send = async (message: unknown): Promise<boolean> => {
        try {
          const reply = (await runtime.sendMessage(message)) as { ok?: boolean } | undefined;
          return reply?.ok === true;
        } catch {
          return false; // the worker stopped before it answered
        }
      };
      const writes = Array.from({ length: count }, async (_, i) => {
        const key = `${round}-t${tab}-${i}`;
        const text = `note ${key} ${'x'.repeat(i % 40)}`;
        if (i % 2 === 0) {
          const acked = await send({ type: 'saveContact', patch: { slug: key, notes: text, name: key } });
          return { kind: 'contact' as const, key, text, acked };
        }
        const acked = await send({ type: 'saveOpener', opener: { id: key, title: key, body: text } });
        return { kind: 'opener' as const, key, text, acked };
      });
      return Promise.all(writes);
    },
    { tab, round, count: WRITES_PER_TAB },
  );
}

interface Stored {
  contacts: Map<string, string>;
  openers: Map<string, string>;
  quarantine: unknown[];
}

async function readBack(context: BrowserContext, extensionId: string): Promise<Stored> {
  const exported = await askWorker<
    Reply<{
      contacts: { slug: string; notes: string }[];
      openers: { id: string; body: string }[];
      quarantine: unknown[];
    }>
  >(context, extensionId, { type: 'exportData' });
  expect(exported.ok).toBe(true);
  return {
    contacts: new Map(exported.data.contacts.map((c) => [c.slug, c.notes])),
    openers: new Map(exported.data.openers.map((o) => [o.id, o.body])),
    quarantine: exported.data.quarantine,
  };
}

/**
 * Storage as written, read straight from storage.local: the opener records listed by `openers:index`
 * (body by id), the opener list inside `openers:snapshot`, the panel's openers in `openers:panel`, and
 * the contact keys no index shard lists.
 */
async function rawLayout(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const all = await page.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get: (k: null) => Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return local.get(null);
  });
  await page.close();
  const ids = (all['openers:index'] as string[] | undefined) ?? [];
  const records = new Map(
    ids.flatMap((id) => {
      const record = all[`opener:${id}`] as { body: string } | undefined;
      return record ? [[id, record.body] as const] : [];
    }),
  );
  const snapshot = all['openers:snapshot'] as { text: string } | null | undefined;
  const snapshotted = snapshot
    ? new Map((JSON.parse(snapshot.text) as { id: string; body: string }[]).map((o) => [o.id, o.body]))
    : undefined;
  const listed = new Set(
    Object.entries(all).flatMap(([key, value]) =>
      key.startsWith('contacts:index:') ? (value as string[]) : [],
    ),
  );
  const unlistedContacts = Object.keys(all).filter(
    (key) => key.startsWith('contact:') && !listed.has(key.slice('contact:'.length)),
  );
  const panel = all['openers:panel'] as { openers: { id: string; body: string }[] } | null | undefined;
  const panelOpeners = panel ? new Map(panel.openers.map((o) => [o.id, o.body])) : undefined;
  return { records, snapshotted, panelOpeners, unlistedContacts, legacyIndex: 'contacts:index' in all };
}

// 500 serialised writes plus read-backs take 30-50 s on the shared two-core machine.
test.describe.configure({ timeout: 120_000 });

const storedText = (stored: Stored, outcome: Outcome): string | undefined =>
  (outcome.kind === 'contact' ? stored.contacts : stored.openers).get(outcome.key);

test('five tabs saving at once (100 writes each) lose no update', async ({ context, extensionId }) => {
  const pages = await openPages(context, extensionId);
  const outcomes = (await Promise.all(pages.map((page, tab) => burst(page, tab, 'calm')))).flat();
  expect(outcomes).toHaveLength(TABS * WRITES_PER_TAB);
  expect(outcomes.filter((o) => !o.acked)).toEqual([]);

  const stored = await readBack(context, extensionId);
  const missing = outcomes.filter((o) => storedText(stored, o) !== o.text).map((o) => o.key);
  expect(missing).toEqual([]);
  expect(stored.quarantine).toEqual([]);
  // Every record is reachable one by one too, i.e. the index and the record keys agree.
  const sample = outcomes.filter((o) => o.kind === 'contact').slice(0, 5);
  for (const outcome of sample) {
    const reply = await askWorker<Reply<{ notes: string } | null>>(context, extensionId, {
      type: 'getContact',
      slug: outcome.key,
    });
    expect(reply.data?.notes).toBe(outcome.text);
  }
});

test('stopping the worker mid-burst keeps every acknowledged write and corrupts nothing', async ({
  context,
  extensionId,
}) => {
  const pages = await openPages(context, extensionId);
  const bursts = Promise.all(pages.map((page, tab) => burst(page, tab, 'storm')));
  await new Promise((resolve) => setTimeout(resolve, 60));
  await stopServiceWorker(context);
  const outcomes = (await bursts).flat();
  const acked = outcomes.filter((o) => o.acked);
  const unacked = outcomes.filter((o) => !o.acked);
  test.info().annotations.push({
    type: 'burst',
    description: `${acked.length} acknowledged, ${unacked.length} cut off by the stop`,
  });
  expect(acked.length).toBeGreaterThan(0);

  // The next message starts a fresh worker, which reads everything back from disk.
  const stored = await readBack(context, extensionId);
  expect(acked.filter((o) => storedText(stored, o) !== o.text).map((o) => o.key)).toEqual([]);
  // Cut-off writes landed whole or not at all.
  const torn = unacked.filter((o) => {
    const text = storedText(stored, o);
    return text !== undefined && text !== o.text;
  });
  expect(torn.map((o) => o.key)).toEqual([]);
  expect(stored.quarantine).toEqual([]);

  // The layout on disk agrees with itself: the opener snapshot (which the fresh worker served the list
  // from, or rebuilt) holds exactly the indexed records, and every contact key is listed in its shard.
  const raw = await rawLayout(context, extensionId);
  expect(raw.snapshotted).toEqual(raw.records);
  expect(stored.openers).toEqual(raw.records);
  expect(raw.unlistedContacts).toEqual([]);
  expect(raw.legacyIndex).toBe(false);

  // The first panel after another stop reads openers:panel: a bounded choice of exactly those records.
  await stopServiceWorker(context);
  const panel = await askWorker<Reply<{ openers: { id: string; body: string }[] }>>(context, extensionId, {
    type: 'getPanelData',
  });
  expect(panel.data.openers).toHaveLength(Math.min(50, raw.records.size));
  expect(panel.data.openers.filter((o) => raw.records.get(o.id) !== o.body)).toEqual([]);
  const onDisk = (await rawLayout(context, extensionId)).panelOpeners;
  expect(onDisk).toEqual(new Map(panel.data.openers.map((o) => [o.id, o.body])));

  // And the store still takes writes.
  const after = await askWorker<Reply<{ notes: string }>>(context, extensionId, {
    type: 'saveContact',
    patch: { slug: 'after-the-storm', notes: 'still writable' },
  });
  expect(after).toMatchObject({ ok: true, data: { notes: 'still writable' } });
});
