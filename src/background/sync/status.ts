/** The last sync outcome, kept locally under `sync:status` so it survives worker restarts. */
import { type SyncStatus, SyncStatusSchema } from '../../shared/schema/status';
import type { Settings } from '../../shared/schema/stored';
import { KEYS } from '../store/keys';
import { readRecord } from '../store/records';
import type { StoreSession } from '../store/session';
import { getSettings } from '../store/settings';
import { announceSyncStatusChange, changesWhatPagesShow } from './status-notice';
import { SYNC_QUOTA } from './sync-area';

export async function readSyncStatus(session: StoreSession, settings: Settings): Promise<SyncStatus> {
  const raw = (await session.get([KEYS.syncStatus]))[KEYS.syncStatus];
  const stored = readRecord(session, KEYS.syncStatus, raw, SyncStatusSchema, {});
  const enabled = settings.syncOpeners || settings.syncContacts;
  const fallback: SyncStatus = {
    v: 1,
    state: enabled ? 'pending' : 'off',
    openers: settings.syncOpeners,
    contacts: settings.syncContacts,
    lastSyncedAt: null,
    bytesInUse: 0,
    quotaBytes: SYNC_QUOTA.bytes,
    message: null,
  };
  if (!stored) return fallback;
  // The switches may have changed since the last pass; report them as they are now.
  const state = enabled ? (stored.state === 'off' ? 'pending' : stored.state) : 'off';
  return { ...stored, state, openers: settings.syncOpeners, contacts: settings.syncContacts };
}

export async function saveSyncStatus(session: StoreSession, status: SyncStatus): Promise<SyncStatus> {
  const next = SyncStatusSchema.parse({ ...status, quotaBytes: SYNC_QUOTA.bytes });
  const raw = (await session.get([KEYS.syncStatus]))[KEYS.syncStatus];
  if (JSON.stringify(raw) !== JSON.stringify(next) && !session.readOnly) {
    await session.set({ [KEYS.syncStatus]: next });
    // After the write: a page's getSyncStatus runs after this store operation, so it reads this status.
    if (changesWhatPagesShow(raw, next)) announceSyncStatusChange();
  }
  return next;
}

export async function getSyncStatus(session: StoreSession): Promise<SyncStatus> {
  return readSyncStatus(session, await getSettings(session));
}
