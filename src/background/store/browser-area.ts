/** The only code that touches `browser.storage`: adapts storage.local and storage.sync to a `KeyValueArea`. */
import browser, { type Storage } from 'webextension-polyfill';
import type { KeyValueArea } from './area';

function adapt(area: Storage.StorageArea): KeyValueArea {
  return {
    get: (keys) => (keys.length === 0 ? Promise.resolve({}) : area.get([...keys])),
    getAll: () => area.get(null),
    set: (items) => area.set(items),
    remove: (keys) => (keys.length === 0 ? Promise.resolve() : area.remove([...keys])),
  };
}

export const browserLocalArea = (): KeyValueArea => adapt(browser.storage.local);

/** browser.storage.sync; in browsers without it, an area whose every call fails (sync reports an error). */
export function browserSyncArea(): KeyValueArea {
  if (browser.storage.sync) return adapt(browser.storage.sync);
  const unavailable = () => Promise.reject(new Error('storage.sync is not available'));
  return { get: unavailable, getAll: unavailable, set: unavailable, remove: unavailable };
}

/** storage.onChanged for both areas, as key lists. */
export function onStorageChanged(listener: (keys: string[], areaName: string) => void): void {
  browser.storage.onChanged.addListener((changes, areaName) => listener(Object.keys(changes), areaName));
}
