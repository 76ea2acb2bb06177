/**
 * "Erase all data": removes every key of this device's store, then writes fresh metadata so the next
 * operation does not seed starter openers again, unless the user asked for them (`reseed`). Erasing is
 * the one write allowed on a read-only store (data from a newer version): it is the user's explicit wish.
 * Sync is switched off on this device, or another device would bring the erased data straight back.
 */
import type { EraseResult } from '../../shared/schema/status';
import { OpenerSchema, SettingsSchema } from '../../shared/schema/stored';
import { STARTER_OPENERS } from '../../shared/starter-openers';
import { KEYS, openerKey, STORE_VERSION } from './keys';
import type { StoreSession } from './session';
import { getSettings } from './settings';

/** Clears the sync copy first (best effort: sync may be unavailable), then this device. */
export async function eraseAllData(session: StoreSession, reseed: boolean): Promise<EraseResult> {
  const before = await getSettings(session);
  if (session.sync) {
    const sync = session.sync;
    const keys = Object.keys(await sync.getAll().catch(() => ({}))).filter((key) => key.startsWith('pt:'));
    if (keys.length > 0) await sync.remove(keys).catch(() => undefined);
  }
  const keys = Object.keys(await session.getAll());
  await session.eraseEverything(keys);
  const now = session.now();
  const items: Record<string, unknown> = {
    [KEYS.meta]: { v: STORE_VERSION, seeded: true, createdAt: now },
    [KEYS.settings]: SettingsSchema.parse({ syncOpeners: false, syncContacts: false, updatedAt: now }),
  };
  if (reseed) {
    const openers = STARTER_OPENERS.map((starter) =>
      OpenerSchema.parse({ ...starter, createdAt: now, updatedAt: now }),
    );
    for (const opener of openers) items[openerKey(opener.id)] = opener;
    items[KEYS.openerIndex] = openers.map((opener) => opener.id);
  }
  await session.set(items);
  return {
    removedKeys: keys.length,
    reseeded: reseed,
    syncTurnedOff: before.syncOpeners || before.syncContacts,
  };
}
