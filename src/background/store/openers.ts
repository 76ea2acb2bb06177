/** Openers: one key per opener plus an id index (see keys.ts). */
import { type Opener, type OpenerDraft, OpenerSchema } from '../../shared/schema/stored';
import { WorkerFailure } from '../failure';
import { KEYS, OPENER_PREFIX, openerKey } from './keys';
import { readIndex, readRecord } from './records';
import type { StoreSession } from './session';
import { tombstonesWith } from './tombstones';

/** Pinned first, then the most used, then by title, so the panel shows the likeliest choice on top. */
export function compareOpeners(a: Opener, b: Opener): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.useCount !== b.useCount) return b.useCount - a.useCount;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

function readOpener(session: StoreSession, id: string, raw: unknown): Opener | undefined {
  const now = session.now();
  return readRecord(session, openerKey(id), raw, OpenerSchema, { id, createdAt: now, updatedAt: now });
}

const isOpenerKey = (key: string): boolean => key === KEYS.openerIndex || key.startsWith(OPENER_PREFIX);

/** Sorted for the panel; served from the read cache until an opener key is written. */
export async function listOpeners(session: StoreSession): Promise<Opener[]> {
  const openers = await session.cache.memo('openers', isOpenerKey, () => readAllOpeners(session));
  return [...openers];
}

async function readAllOpeners(session: StoreSession): Promise<Opener[]> {
  const ids = await readIndex(session, KEYS.openerIndex, OPENER_PREFIX);
  const stored = await session.get(ids.map(openerKey));
  const openers: Opener[] = [];
  for (const id of ids) {
    const opener = readOpener(session, id, stored[openerKey(id)]);
    if (opener) openers.push(opener);
  }
  return openers.sort(compareOpeners);
}

async function getOpener(session: StoreSession, id: string): Promise<Opener | undefined> {
  const key = openerKey(id);
  return readOpener(session, id, (await session.get([key]))[key]);
}

/** Writes an opener and, when it is new to the index, the index in the same `set`. */
async function putOpener(session: StoreSession, opener: Opener): Promise<Opener> {
  const ids = await readIndex(session, KEYS.openerIndex, OPENER_PREFIX);
  const items: Record<string, unknown> = { [openerKey(opener.id)]: opener };
  if (!ids.includes(opener.id)) items[KEYS.openerIndex] = [...ids, opener.id];
  await session.set(items);
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
  const ids = await readIndex(session, KEYS.openerIndex, OPENER_PREFIX);
  // Index first: a stop in between leaves an unlisted key, never a listed id without a record.
  await session.set({
    [KEYS.openerIndex]: ids.filter((other) => other !== id),
    [KEYS.tombstones]: await tombstonesWith(session, 'openers', [id]),
  });
  await session.remove([openerKey(id)]);
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
  const now = session.now();
  const used: Opener = { ...opener, useCount: opener.useCount + 1, lastUsedAt: now };
  await session.set({ [openerKey(id)]: used });
  return used;
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
  const listed = new Set(ids);
  const items: Record<string, unknown> = {};
  for (const opener of upserts) {
    items[openerKey(opener.id)] = opener;
    if (!listed.has(opener.id)) ids.push(opener.id);
  }
  // Index and records in one set, removals after, as in deleteOpener.
  await session.set({ ...items, [KEYS.openerIndex]: ids });
  if (gone.size > 0) await session.remove(deletions.map(openerKey));
}
