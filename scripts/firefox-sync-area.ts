/**
 * What firefox-sync.ts reads and writes from the options page's realm: requests to the worker (as the
 * popup sends them), everything in browser.storage.sync with Firefox's own byte counts, and "another
 * device's" copy of a synced collection, in the layout docs/storage.md describes (manifest pt:<name>,
 * pieces pt:<name>:<i> of one generation). Mirrors the helpers of tests/e2e/sync.spec.ts.
 */
import { evaluateJson } from './firefox-bidi';
import type { Page } from './firefox-page';

/** Firefox's storage.sync quotas (the same figures as Chrome's). */
export const FIREFOX_SYNC_QUOTA = { bytes: 102_400, bytesPerItem: 8_192, items: 512 };

export interface Opener {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
}
export interface Mirror<T> {
  records: T[];
  tombstones: { id: string; deletedAt: number }[];
}
export interface SyncItems {
  items: Record<string, unknown>;
  /** Firefox's own byte count (getBytesInUse) for each item, and in all. */
  bytesPerItem: Record<string, number>;
  bytesInUse: number;
}

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

/** The synced collection `name`, if every piece of its manifest's generation is there. */
export function decodeMirror<T>(items: Record<string, unknown>, name: string): Mirror<T> | undefined {
  const manifest = items[`pt:${name}`] as { gen: string; parts: number } | undefined;
  if (!manifest) return undefined;
  let text = '';
  for (let i = 0; i < manifest.parts; i++) {
    const piece = items[`pt:${name}:${i}`] as { g: string; t: string } | undefined;
    if (piece?.g !== manifest.gen) return undefined;
    text += piece.t;
  }
  return JSON.parse(text) as Mirror<T>;
}

/** Another device's copy of a collection, split into pieces well under the per-item quota. */
export function encodeMirror(name: string, mirror: Mirror<unknown>): Record<string, unknown> {
  const text = JSON.stringify(mirror);
  const gen = `laptop${Date.now().toString(36)}`;
  const pieces = text.match(/[\s\S]{1,3000}/g) ?? [''];
  const items: Record<string, unknown> = { [`pt:${name}`]: { v: 1, gen, parts: pieces.length } };
  pieces.forEach((t, i) => {
    items[`pt:${name}:${i}`] = { g: gen, t };
  });
  return items;
}

export const syncedIds = (area: SyncItems, name: string): string[] =>
  (decodeMirror<{ id?: string; slug?: string }>(area.items, name)?.records ?? [])
    .map((record) => record.id ?? record.slug ?? '')
    .sort();

/** Every quota Firefox enforces, checked against its own counts; answers the breaches in words. */
export function quotaBreaches(area: SyncItems): string[] {
  const breaches: string[] = [];
  const count = Object.keys(area.items).length;
  if (count > FIREFOX_SYNC_QUOTA.items) breaches.push(`${count} items > ${FIREFOX_SYNC_QUOTA.items}`);
  if (area.bytesInUse > FIREFOX_SYNC_QUOTA.bytes)
    breaches.push(`${area.bytesInUse} bytes > ${FIREFOX_SYNC_QUOTA.bytes}`);
  for (const [key, bytes] of Object.entries(area.bytesPerItem))
    if (bytes > FIREFOX_SYNC_QUOTA.bytesPerItem) breaches.push(`${key}: ${bytes} bytes > 8,192`);
  return breaches;
}

/** Openers a user might really write, sized so the library spans many sync items. */
export function sampleOpeners(count: number): { id: string; title: string; body: string }[] {
  const bodies = [
    (i: number) => `Hi {{firstName}}, we met at {{howWeMet|the meetup}} (#${i}). `.repeat(12),
    (i: number) => `Hola {{firstName}} 👋 — ¿hablamos de diseño? #${i} `.repeat(20),
    (i: number) => `I <3 your talks on <Suspense> & a11y; keen to connect. #${i} `.repeat(25),
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `sync-${i}`,
    title: `Sync opener ${i}`,
    body: (bodies[i % bodies.length] as (i: number) => string)(i).slice(0, 2000),
  }));
}
