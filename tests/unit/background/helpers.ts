/** Shared test helpers: an in-memory storage area, a controllable clock and trusted senders. */
import type { Runtime } from 'webextension-polyfill';
import { createStore, type Store } from '../../../src/background/store';
import type { KeyValueArea } from '../../../src/background/store/area';

export const SELF = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };

export const popupSender: Runtime.MessageSender = { id: SELF.id, url: `${SELF.baseUrl}src/popup/index.html` };
export const contentSender: Runtime.MessageSender = {
  id: SELF.id,
  url: 'https://www.linkedin.com/in/jane-doe/',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

/** Mimics browser.storage: async, and values cloned in and out so callers never share objects with it. */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const area: KeyValueArea & { data: Map<string, unknown> } = {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of keys) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async getAll() {
      return structuredClone(Object.fromEntries(data));
    },
    async set(items) {
      await Promise.resolve();
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    },
    async remove(keys) {
      await Promise.resolve();
      for (const key of keys) data.delete(key);
    },
  };
  return area;
}

export function clock(start = Date.UTC(2026, 2, 15, 12)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    set: (ms: number) => {
      now = ms;
    },
  };
}

export function testStore(initial: Record<string, unknown> = {}, start?: number) {
  const area = memoryArea(initial);
  const time = clock(start);
  const store: Store = createStore(area, time.now);
  return { area, time, store };
}
