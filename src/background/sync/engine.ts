/**
 * One sync pass ("reconcile"), run inside a store operation: local storage stays the source of truth.
 * Each part (settings, openers, contacts if enabled) is merged record by record with the synced copy,
 * the result is written back locally, and the merged copy is written to sync storage only where it
 * changed, in one `set` (plus one `remove` for leftovers), within the quotas of sync-area.ts. A part that
 * does not fit stays on this device, its old synced copy is removed to free room, and the status says so.
 */
import type { SyncStatus, Tombstones } from '../../shared/schema/status';
import type { Settings } from '../../shared/schema/stored';
import { KEYS } from '../store/keys';
import type { StoreSession } from '../store/session';
import { getSettings } from '../store/settings';
import { readTombstones } from '../store/tombstones';
import { decodeCollection, encodeCollection, manifestKey, stalePieceKeys } from './chunks';
import {
  type Collection,
  contactsCollection,
  mergeSettings,
  openersCollection,
  parseRemoteSettings,
  syncedSettings,
} from './collections';
import { mergeMirrors } from './merge';
import { fitParts, type Part, syncMessages } from './plan';
import { readSyncStatus, saveSyncStatus } from './status';
import { isSizeQuotaError, isWriteRateError, SYNC_PREFIX, type SyncArea, totalBytes } from './sync-area';

export interface SyncOutcome {
  status: SyncStatus;
  /** Set when the pass should be retried (a torn copy, a write-rate limit). */
  retryInMs?: number;
}

const SETTINGS_KEY = `${SYNC_PREFIX}settings`;
const RATE_RETRY_MS = 60_000;
const TORN_RETRY_MS = 10_000;

const ownKeys = (all: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(SYNC_PREFIX)));

async function settingsPart(session: StoreSession, local: Settings, remote: Record<string, unknown>) {
  const merged = mergeSettings(local, parseRemoteSettings(remote[SETTINGS_KEY]));
  if (merged !== local) await session.set({ [KEYS.settings]: merged });
  const value = syncedSettings(merged);
  const unchanged = JSON.stringify(remote[SETTINGS_KEY]) === JSON.stringify(value);
  const ownedKeys = SETTINGS_KEY in remote ? [SETTINGS_KEY] : [];
  return {
    label: 'settings',
    items: { [SETTINGS_KEY]: value },
    unchanged,
    stale: [],
    ownedKeys,
  } satisfies Part;
}

async function collectionPart<T>(
  session: StoreSession,
  collection: Collection<T>,
  remote: Record<string, unknown>,
  tombstones: Tombstones,
  overwriteTorn: boolean,
): Promise<Part | 'torn'> {
  const decoded = decodeCollection(collection.name, remote);
  if (decoded.kind === 'torn' && !overwriteTorn) return 'torn';
  const empty = { records: [], tombstones: [] };
  const theirs = decoded.kind === 'ok' ? (collection.parseRemote(decoded.text) ?? empty) : empty;
  const mine = { records: await collection.readLocal(session), tombstones: tombstones[collection.name] };
  const merged = mergeMirrors(collection, mine, theirs, session.now());
  await collection.applyLocal(session, merged.upserts, merged.deletions);
  tombstones[collection.name] = merged.mirror.tombstones;
  const text = JSON.stringify(merged.mirror);
  const items = encodeCollection(collection.name, text, crypto.randomUUID().slice(0, 8));
  const parts = Object.keys(items).length - 1;
  return {
    label: collection.label,
    items,
    unchanged: decoded.kind === 'ok' && decoded.text === text,
    stale: stalePieceKeys(collection.name, remote, parts),
    ownedKeys: Object.keys(remote).filter((key) => key.startsWith(manifestKey(collection.name))),
  };
}

export async function reconcile(session: StoreSession, sync: SyncArea): Promise<SyncOutcome> {
  const settings = await getSettings(session);
  const previous = await readSyncStatus(session, settings);
  const base = { openers: settings.syncOpeners, contacts: settings.syncContacts };
  if (!settings.syncOpeners && !settings.syncContacts) {
    return { status: await saveSyncStatus(session, { ...previous, ...base, state: 'off', message: null }) };
  }
  let remote: Record<string, unknown>;
  try {
    remote = ownKeys(await sync.getAll());
  } catch {
    return { status: await saveSyncStatus(session, { ...previous, ...base, ...syncMessages.unavailable }) };
  }
  const tombstones = await readTombstones(session);
  const before = JSON.stringify(tombstones);
  const tornSince = previous.tornSince;
  const overwriteTorn = tornSince !== undefined && session.now() - tornSince >= TORN_RETRY_MS;
  const candidates: (Part | 'torn')[] = [];
  if (settings.syncOpeners) {
    candidates.push(await settingsPart(session, settings, remote));
    candidates.push(await collectionPart(session, openersCollection, remote, tombstones, overwriteTorn));
  }
  if (settings.syncContacts) {
    candidates.push(await collectionPart(session, contactsCollection, remote, tombstones, overwriteTorn));
  }
  if (JSON.stringify(tombstones) !== before) await session.set({ [KEYS.tombstones]: tombstones });
  const torn = candidates.includes('torn');
  const parts = candidates.filter((part): part is Part => part !== 'torn');
  return write(session, sync, remote, parts, { ...previous, ...base }, torn);
}

async function write(
  session: StoreSession,
  sync: SyncArea,
  remote: Record<string, unknown>,
  parts: Part[],
  status: SyncStatus,
  torn: boolean,
): Promise<SyncOutcome> {
  const { toSet, toRemove, overQuota } = fitParts(remote, parts);
  try {
    if (Object.keys(toSet).length > 0) await sync.set(toSet);
    if (toRemove.length > 0) await sync.remove(toRemove);
  } catch (error) {
    // Retrying a write the size quotas refused would fail the same way: the next change retries it.
    if (isSizeQuotaError(error))
      return { status: await saveSyncStatus(session, { ...status, ...syncMessages.refused }) };
    const problem = isWriteRateError(error) ? syncMessages.rateLimited : syncMessages.unavailable;
    const saved = await saveSyncStatus(session, { ...status, ...problem });
    return { status: saved, retryInMs: RATE_RETRY_MS };
  }
  const bytesInUse = totalBytes(ownKeys(await sync.getAll()));
  const outcome = overQuota ?? (torn ? syncMessages.torn : syncMessages.ok);
  const { tornSince, ...rest } = status;
  const saved = await saveSyncStatus(session, {
    ...rest,
    ...outcome,
    bytesInUse,
    lastSyncedAt: torn ? status.lastSyncedAt : session.now(),
    ...(torn ? { tornSince: tornSince ?? session.now() } : {}),
  });
  return torn ? { status: saved, retryInMs: TORN_RETRY_MS } : { status: saved };
}

/** Removes everything this extension keeps in sync storage (erase all data). */
export async function clearSyncCopy(sync: SyncArea): Promise<void> {
  const keys = Object.keys(ownKeys(await sync.getAll()));
  if (keys.length > 0) await sync.remove(keys);
}
