/**
 * Browser sync as the tests see it, shared by the Chromium end-to-end spec (tests/e2e/sync.spec.ts) and
 * the Firefox check (scripts/firefox-sync.ts): the layout docs/storage.md describes (manifest pt:<name>,
 * pieces pt:<name>:<i> of one generation), "another device's" copy of a collection, the quotas both
 * browsers enforce, and openers sized so a library spans many sync items. Pure: each side reads and
 * writes storage.sync in its own browser.
 */

/** storage.sync's quotas, the same figures in Chrome and Firefox. */
export const SYNC_QUOTA = { bytes: 102_400, bytesPerItem: 8_192, items: 512 };

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
  /** The browser's own byte count (getBytesInUse) for each item, and in all. */
  bytesPerItem: Record<string, number>;
  bytesInUse: number;
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

/** Every quota, checked against the browser's own counts; the breaches in words (none: []). */
export function quotaBreaches(area: SyncItems): string[] {
  const breaches: string[] = [];
  const count = Object.keys(area.items).length;
  if (count > SYNC_QUOTA.items) breaches.push(`${count} items > ${SYNC_QUOTA.items}`);
  if (area.bytesInUse > SYNC_QUOTA.bytes) breaches.push(`${area.bytesInUse} bytes > ${SYNC_QUOTA.bytes}`);
  for (const [key, bytes] of Object.entries(area.bytesPerItem))
    if (bytes > SYNC_QUOTA.bytesPerItem) breaches.push(`${key}: ${bytes} bytes > ${SYNC_QUOTA.bytesPerItem}`);
  return breaches;
}

/** Openers a user might really write, sized so the library spans many sync items. */
export function sampleOpeners(count: number): { id: string; title: string; body: string }[] {
  const bodies = [
    (i: number) => `Hi {{firstName}}, we met at {{howWeMet|the meetup}} (#${i}). `.repeat(12),
    (i: number) => `Hola {{firstName}} 👋 — ¿hablamos de diseño? #${i} `.repeat(20),
    // "<" is escaped to six bytes (\u003C) by Chrome's JSON writer, which counts the quota in that form.
    (i: number) => `I <3 your talks on <Suspense> & a11y; keen to connect. #${i} `.repeat(25),
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `sync-${i}`,
    title: `Sync opener ${i}`,
    body: (bodies[i % bodies.length] as (i: number) => string)(i).slice(0, 2000),
  }));
}

/**
 * What "the laptop" writes after editing: sync-0 newer than here, sync-1 an older copy (it must lose),
 * sync-2 deleted (a tombstone).
 */
export function laptopEdits(before: Mirror<Opener>, now: number): Mirror<Opener> {
  const byId = new Map(before.records.map((o) => [o.id, o]));
  const newer = { ...(byId.get('sync-0') as Opener), title: 'Edited on the laptop', updatedAt: now };
  const older = { ...(byId.get('sync-1') as Opener), title: 'Stale laptop copy', updatedAt: 1 };
  return {
    records: before.records
      .filter((o) => o.id !== 'sync-2')
      .map((o) => (o.id === newer.id ? newer : o.id === older.id ? older : o)),
    tombstones: [...before.tombstones, { id: 'sync-2', deletedAt: now }],
  };
}
