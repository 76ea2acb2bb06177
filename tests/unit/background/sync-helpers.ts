/** A shared browser.storage.sync double with Chrome's quotas, and "devices" that each have their own local store. */
import { createStore } from '../../../src/background/store';
import type { KeyValueArea } from '../../../src/background/store/area';
import { reconcile } from '../../../src/background/sync/engine';
import { itemBytes, SYNC_QUOTA } from '../../../src/background/sync/sync-area';
import { clock, memoryArea } from './helpers';

export function quotaSyncArea() {
  const base = memoryArea();
  const state = { writes: 0, rateLimited: false };
  const area: KeyValueArea & { data: Map<string, unknown>; state: typeof state } = {
    ...base,
    data: base.data,
    state,
    async set(items) {
      if (state.rateLimited)
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      const next = new Map(base.data);
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, value);
      }
      const total = [...next].reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
      if (total > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > SYNC_QUOTA.items) throw new Error('MAX_ITEMS quota exceeded');
      state.writes++;
      await base.set(items);
    },
    async remove(keys) {
      state.writes++;
      await base.remove(keys);
    },
  };
  return area;
}

export function device(sync: KeyValueArea, start?: number) {
  const local = memoryArea();
  const time = clock(start);
  const store = createStore(local, time.now, sync);
  return { local, time, store, sync: () => store.run((session) => reconcile(session, sync)) };
}
