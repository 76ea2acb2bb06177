/**
 * The store's own status for the UI: which schema version wrote it and, when that is newer than this
 * code, the read-only notice to show (see prepare.ts), plus how many values sit in quarantine.
 */
import type { StorageStatus } from '../../shared/schema/status';
import { MESSAGES } from '../failure';
import { KEYS, STORE_VERSION } from './keys';
import type { StoreSession } from './session';

export const readOnlyNotice = (session: StoreSession): string | null =>
  session.readOnly ? MESSAGES.readOnly : null;

export async function getStorageStatus(session: StoreSession): Promise<StorageStatus> {
  const meta = (await session.get([KEYS.meta]))[KEYS.meta];
  const version =
    typeof meta === 'object' && meta !== null && 'v' in meta && typeof meta.v === 'number' ? meta.v : null;
  return {
    schemaVersion: STORE_VERSION,
    storedVersion: version,
    readOnly: session.readOnly,
    message: readOnlyNotice(session),
    quarantined: (await session.readQuarantine()).length,
  };
}
