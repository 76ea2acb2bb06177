/**
 * Background entry (Chrome service worker, Firefox event page). It only registers listeners,
 * synchronously at top level, so a worker woken by an event finds them; no state is kept here.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { z } from 'zod/mini';
import { registerCommands } from './commands';
import { onInstalledOrUpdated } from './lifecycle';
import { watchBadge } from './outcomes/badge';
import { createRouter } from './router';
import { createStore } from './store';
import { browserLocalArea, browserSyncArea, onStorageChanged } from './store/browser-area';
import { createSyncService } from './sync/scheduler';

// MV3 forbids eval; zod would otherwise probe `new Function`.
z.config({ jitless: true });

const syncArea = browserSyncArea();
const store = createStore(browserLocalArea(), Date.now, syncArea);
const sync = createSyncService(store, syncArea);
const route = createRouter(store, () => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('') }));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);
browser.runtime.onInstalled.addListener(({ reason }) => onInstalledOrUpdated(store, reason));
onStorageChanged((keys, areaName) => {
  if (areaName === 'local') store.invalidate(keys);
  sync.noteChanges(keys, areaName);
});
sync.start();
watchBadge(store);
registerCommands();
