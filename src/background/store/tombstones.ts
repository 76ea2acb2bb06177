/**
 * Deletions remembered as tombstones `{ id, deletedAt }` (local key `tombstones`), so that browser sync
 * can tell "deleted here" from "never seen here" and another device's older copy cannot resurrect a
 * record. Tombstones older than 90 days are pruned: by then every device that syncs has seen them.
 */
import { type Tombstone, type Tombstones, TombstonesSchema } from '../../shared/schema/status';
import { KEYS } from './keys';
import { readRecord } from './records';
import type { StoreSession } from './session';

export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export type TombstoneKind = 'openers' | 'contacts';

export async function readTombstones(session: StoreSession): Promise<Tombstones> {
  const raw = (await session.get([KEYS.tombstones]))[KEYS.tombstones];
  return readRecord(session, KEYS.tombstones, raw, TombstonesSchema, {}) ?? TombstonesSchema.parse({});
}

/** Keeps the latest tombstone per id and drops those past their time to live. */
export function mergeTombstones(lists: readonly (readonly Tombstone[])[], now: number): Tombstone[] {
  const latest = new Map<string, number>();
  for (const stone of lists.flat()) {
    if (stone.deletedAt < now - TOMBSTONE_TTL_MS) continue;
    latest.set(stone.id, Math.max(latest.get(stone.id) ?? 0, stone.deletedAt));
  }
  return [...latest]
    .map(([id, deletedAt]) => ({ id, deletedAt }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The `tombstones` item after deleting `ids` of one kind now, to be written with the deletion itself. */
export async function tombstonesWith(
  session: StoreSession,
  kind: TombstoneKind,
  ids: readonly string[],
): Promise<Tombstones> {
  const current = await readTombstones(session);
  const now = session.now();
  const added = ids.map((id) => ({ id, deletedAt: now }));
  return { ...current, [kind]: mergeTombstones([current[kind], added], now) };
}
