/**
 * What firefox-sync.ts reads and writes from the options page's realm: requests to the worker (as the
 * popup sends them) and everything in browser.storage.sync with Firefox's own byte counts. The sync
 * layout, "another device's" copy and the quotas are shared with the Chromium spec (tests/support/sync-mirror.ts).
 */

import type { SyncItems } from '../tests/support/sync-mirror';
import { evaluateJson } from './firefox-bidi';
import type { Page } from './firefox-page';

/** A request to the worker from the page, answered with its data or thrown with its error. */
export async function ask<T>(page: Page, message: unknown): Promise<T> {
  const reply = await evaluateJson<{ ok: boolean; data: T; error?: { message: string } }>(
    page.send,
    page.context,
    `browser.runtime.sendMessage(${JSON.stringify(message)})`,
  );
  if (!reply.ok)
    throw new Error(`worker refused ${JSON.stringify(message).slice(0, 80)}: ${reply.error?.message}`);
  return reply.data;
}

export function readSync(page: Page): Promise<SyncItems> {
  return evaluateJson<SyncItems>(
    page.send,
    page.context,
    `(async () => {
      const sync = browser.storage.sync;
      const items = await sync.get(null);
      const bytesPerItem = {};
      for (const key of Object.keys(items)) bytesPerItem[key] = await sync.getBytesInUse([key]);
      return { items, bytesPerItem, bytesInUse: await sync.getBytesInUse(null) };
    })()`,
  );
}

/** Writes into browser.storage.sync as another device's sync would arrive. */
export async function writeSync(page: Page, items: Record<string, unknown>): Promise<void> {
  await evaluateJson(page.send, page.context, `browser.storage.sync.set(${JSON.stringify(items)})`);
}
