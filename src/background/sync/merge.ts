/**
 * Per-record merge of this device's records with the synced copy: the newest `updatedAt` wins, a
 * tombstone wins over any record not updated after it was deleted, and exact ties resolve the same
 * way on every device (by the records' JSON), so all devices converge on one result.
 */
import type { Tombstone } from '../../shared/schema/status';
import { mergeTombstones } from '../store/tombstones';

export interface Mirror<T> {
  records: T[];
  tombstones: Tombstone[];
}

export interface RecordKind<T> {
  idOf(record: T): string;
  stampOf(record: T): number;
}

export interface Merged<T> {
  mirror: Mirror<T>;
  /** Records to write locally (new or newer than the local copy). */
  upserts: T[];
  /** Ids to delete locally. */
  deletions: string[];
}

function newer<T>(kind: RecordKind<T>, a: T, b: T): T {
  const difference = kind.stampOf(a) - kind.stampOf(b);
  if (difference !== 0) return difference > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export function mergeMirrors<T>(
  kind: RecordKind<T>,
  local: Mirror<T>,
  remote: Mirror<T>,
  now: number,
): Merged<T> {
  const tombstones = mergeTombstones([local.tombstones, remote.tombstones], now);
  const deletedAt = new Map(tombstones.map((stone) => [stone.id, stone.deletedAt]));
  const localById = new Map(local.records.map((record) => [kind.idOf(record), record]));
  const winners = new Map(localById);
  for (const record of remote.records) {
    const id = kind.idOf(record);
    const mine = winners.get(id);
    winners.set(id, mine === undefined ? record : newer(kind, mine, record));
  }
  const records: T[] = [];
  for (const [id, record] of winners) {
    if ((deletedAt.get(id) ?? -1) >= kind.stampOf(record)) winners.delete(id);
    else records.push(record);
  }
  records.sort((a, b) => (kind.idOf(a) < kind.idOf(b) ? -1 : 1));
  const upserts = records.filter((record) => localById.get(kind.idOf(record)) !== record);
  const deletions = [...localById.keys()].filter((id) => !winners.has(id));
  return { mirror: { records, tombstones }, upserts, deletions };
}
