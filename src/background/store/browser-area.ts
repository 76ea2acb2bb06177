/** The only code that touches `browser.storage`: adapts storage.local to a `KeyValueArea`. */
import browser from 'webextension-polyfill';
import type { KeyValueArea } from './area';

export function browserLocalArea(): KeyValueArea {
  const local = browser.storage.local;
  return {
    get: (keys) => (keys.length === 0 ? Promise.resolve({}) : local.get([...keys])),
    getAll: () => local.get(null),
    set: (items) => local.set(items),
    remove: (keys) => (keys.length === 0 ? Promise.resolve() : local.remove([...keys])),
  };
}
