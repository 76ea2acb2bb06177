/** A shared browser.storage.sync double with Chrome's quotas, and "devices" that each have their own local store. */
import { createStore } from '../../../src/background/store';
import type { KeyValueArea } from '../../../src/background/store/area';
import { reconcile } from '../../../src/background/sync/engine';
import { SYNC_QUOTA } from '../../../src/background/sync/sync-area';
import { clock, memoryArea } from './helpers';

const encoder = new TextEncoder();
/**
 * An item's size as Chromium counts it, modelled independently of the code under test from what
 * getBytesInUse reports in real Chromium (tests/e2e/sync.spec.ts): the key plus JSON in UTF-8, where
 * Chrome's JSON writer escapes `<`, U+2028 and U+2029 as \u003C, \u2028, \u2029.
 */
export function chromeItemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return encoder.encode(key).length + encoder.encode(json).length;
}

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
        if (chromeItemBytes(key, value) > SYNC_QUOTA.bytesPerItem)
          throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
        next.set(key, value);
      }
      const total = [...next].reduce((sum, [key, value]) => sum + chromeItemBytes(key, value), 0);
      if (total > SYNC_QUOTA.bytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      if (next.size > SYNC_QUOTA.items) throw new Error('Resource::kMaxItems quota exceeded');
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
