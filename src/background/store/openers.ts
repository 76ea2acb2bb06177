/** Openers: one key per opener, an id index and a snapshot of the sorted list (see keys.ts). */
import { type Opener, type OpenerDraft, OpenerSchema, SCHEMA_VERSION } from '../../shared/schema/stored';
import { WorkerFailure } from '../failure';
import { isOpenerDataKey, KEYS, OPENER_PREFIX, openerKey } from './keys';
import { decodeSnapshot, encodeSnapshot } from './opener-snapshot';
import { encodePanelOpeners, OPENER_TOTAL_TAG, PANEL_OPENERS_TAG, panelOpenersItem } from './panel-openers';
import { indexFromRaw, readIndex, readRecord } from './records';
import type { StoreSession } from './session';
import { tombstonesWith } from './tombstones';

/** Pinned first, then the most used, then by title, so the panel shows the likeliest choice on top. */
export function compareOpeners(a: Opener, b: Opener): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.useCount !== b.useCount) return b.useCount - a.useCount;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Keys whose change changes the cached opener list. */
export const isOpenerListKey = (key: string): boolean =>
  isOpenerDataKey(key) || key === KEYS.openerSnapshot || key === KEYS.panelOpeners;
const LIST_TAG = 'openers';

function readOpener(session: StoreSession, id: string, raw: unknown): Opener | undefined {
  const now = session.now();
  return readRecord(session, openerKey(id), raw, OpenerSchema, { id, createdAt: now, updatedAt: now });
}

/** Sorted for the panel; served from the read cache, else from the snapshot, else from every record. */
export async function listOpeners(session: StoreSession): Promise<Opener[]> {
  const openers = await session.cache.memo(LIST_TAG, isOpenerListKey, () => loadOpeners(session));
  return [...openers];
}

async function loadOpeners(session: StoreSession): Promise<Opener[]> {
  const stored = await session.get([KEYS.openerSnapshot, KEYS.openerIndex]);
  return (
    decodeSnapshot(stored[KEYS.openerSnapshot], stored[KEYS.openerIndex]) ??
    readAllOpeners(session, stored[KEYS.openerIndex])
  );
}

/** Every record parsed (and repaired); the fresh snapshot is staged with the exact index it describes. */
async function readAllOpeners(session: StoreSession, rawIndex: unknown): Promise<Opener[]> {
  const ids = await indexFromRaw(session, KEYS.openerIndex, rawIndex, OPENER_PREFIX);
  const stored = await session.get(ids.map(openerKey));
  const openers: Opener[] = [];
  for (const id of ids) {
    const opener = readOpener(session, id, stored[openerKey(id)]);
    if (opener) openers.push(opener);
  }
  openers.sort(compareOpeners);
  // A record from a newer version must be read from its key each time, where it is protected.
  if (openers.every((opener) => opener.v <= SCHEMA_VERSION)) {
    session.stageRepair(KEYS.openerIndex, ids);
    session.stageRepair(KEYS.openerSnapshot, encodeSnapshot(openers, ids));
    session.stageRepair(KEYS.panelOpeners, panelOpenersItem(openers, ids)[KEYS.panelOpeners]);
  }
  return openers;
}

/**
 * The one way opener records are written: records, index, the new snapshot and panel openers in one
 * `set` (removals, of records no longer listed, after it), then both lists are kept in the read cache.
 */
async function writeOpeners(
  session: StoreSession,
  write: { sorted: Opener[]; ids: string[]; items: Record<string, unknown>; removals?: string[] },
): Promise<void> {
  const { sorted, ids, items, removals = [] } = write;
  const panel = encodePanelOpeners(sorted, ids);
  await session.set({
    ...items,
    [KEYS.openerIndex]: ids,
    [KEYS.openerSnapshot]: encodeSnapshot(sorted, ids),
    [KEYS.panelOpeners]: panel,
  });
  if (removals.length > 0) await session.remove(removals);
  session.cache.put(LIST_TAG, isOpenerListKey, sorted);
  session.cache.put(PANEL_OPENERS_TAG, isOpenerListKey, panel.openers);
  // The panel's reply counts the library; after a write the count is known, so no read is needed for it.
  session.cache.put(OPENER_TOTAL_TAG, isOpenerListKey, sorted.length);
}

async function getOpener(session: StoreSession, id: string): Promise<Opener | undefined> {
  const key = openerKey(id);
  return readOpener(session, id, (await session.get([key]))[key]);
}

/** Writes one opener; the list is updated in place (one insertion, not a re-sort of 1,000). */
async function putOpener(session: StoreSession, opener: Opener): Promise<Opener> {
  const ids = await readIndex(session, KEYS.openerIndex, OPENER_PREFIX);
  const sorted = (await listOpeners(session)).filter((other) => other.id !== opener.id);
  const at = sorted.findIndex((other) => compareOpeners(opener, other) < 0);
  sorted.splice(at === -1 ? sorted.length : at, 0, opener);
  const nextIds = ids.includes(opener.id) ? [...ids] : [...ids, opener.id];
  await writeOpeners(session, { sorted, ids: nextIds, items: { [openerKey(opener.id)]: opener } });
  return opener;
}

export async function saveOpener(session: StoreSession, draft: OpenerDraft): Promise<Opener> {
  const now = session.now();
  const existing = draft.id === undefined ? undefined : await getOpener(session, draft.id);
  const opener = OpenerSchema.parse({
    ...existing,
    ...draft,
    id: draft.id ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  return putOpener(session, opener);
}

export async function deleteOpener(session: StoreSession, id: string): Promise<Opener> {
  const opener = await getOpener(session, id);
  if (!opener) throw new WorkerFailure('not-found', 'That opener no longer exists.');
  const ids = (await readIndex(session, KEYS.openerIndex, OPENER_PREFIX)).filter((other) => other !== id);
  const sorted = (await listOpeners(session)).filter((other) => other.id !== id);
  // Index first: a stop in between leaves an unlisted key, never a listed id without a record.
  const tombstones = await tombstonesWith(session, 'openers', [id]);
  await writeOpeners(session, {
    sorted,
    ids,
    items: { [KEYS.tombstones]: tombstones },
    removals: [openerKey(id)],
  });
  return opener;
}

/** Undo of a delete. Stamped now: the undo is newer than the delete's tombstone, wherever that synced to. */
export async function restoreOpener(session: StoreSession, opener: Opener): Promise<Opener> {
  await getOpener(session, opener.id); // marks a record from a newer version as protected
  return putOpener(session, { ...opener, updatedAt: Math.max(opener.updatedAt, session.now()) });
}

export async function markOpenerUsed(session: StoreSession, id: string): Promise<Opener | null> {
  const opener = await getOpener(session, id);
  if (!opener) return null;
  return putOpener(session, { ...opener, useCount: opener.useCount + 1, lastUsedAt: session.now() });
}

/** Writes openers merged in from browser sync and removes those deleted on another device. */
export async function applySyncedOpeners(
  session: StoreSession,
  upserts: readonly Opener[],
  deletions: readonly string[],
): Promise<void> {
  if (upserts.length === 0 && deletions.length === 0) return;
  const gone = new Set(deletions);
  const ids = (await readIndex(session, KEYS.openerIndex, OPENER_PREFIX)).filter((id) => !gone.has(id));
  const byId = new Map((await listOpeners(session)).map((opener) => [opener.id, opener]));
  const listed = new Set(ids);
  const items: Record<string, unknown> = {};
  for (const id of gone) byId.delete(id);
  for (const opener of upserts) {
    items[openerKey(opener.id)] = opener;
    if (!listed.has(opener.id)) ids.push(opener.id);
    listed.add(opener.id);
    byId.set(opener.id, opener);
  }
  const sorted = [...byId.values()].sort(compareOpeners);
  await writeOpeners(session, { sorted, ids, items, removals: deletions.map(openerKey) });
}
