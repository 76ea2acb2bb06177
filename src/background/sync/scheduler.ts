/**
 * When sync passes run: a burst of changes becomes one pass after a short pause, and passes are at least
 * MIN_INTERVAL_MS apart. A pass does at most two writes (one set, one remove), so this stays within
 * 24 writes a minute and 1,440 an hour, under sync storage's 120 and 1,800. A pass cut short by a worker
 * stop is not lost: the worker runs one at every start, and local storage is the source of truth.
 */
import type { Store } from '../store';
import { KEYS } from '../store/keys';
import { reconcile } from './engine';
import { SYNC_PREFIX, type SyncArea } from './sync-area';

export const DEBOUNCE_MS = 2_000;
export const MIN_INTERVAL_MS = 5_000;

interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

/** Local keys whose change should reach the sync copy (status and quarantine changes should not). */
const isSyncedLocalKey = (key: string): boolean =>
  key === KEYS.settings || key === KEYS.tombstones || key.startsWith('opener') || key.startsWith('contact');

const realTimers: Timers = { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms) };

export function createSyncService(store: Store, sync: SyncArea, timers: Timers = realTimers) {
  let timer: unknown;
  let lastRun = Number.NEGATIVE_INFINITY;

  const run = async (): Promise<void> => {
    timer = undefined;
    lastRun = timers.now();
    try {
      const outcome = await store.run((session) => reconcile(session, sync));
      if (outcome.retryInMs !== undefined) schedule(outcome.retryInMs);
    } catch {
      // Logged nowhere with content; the status key keeps the last known state and the next change retries.
    }
  };

  function schedule(delay = DEBOUNCE_MS): void {
    if (timer !== undefined) return;
    const wait = Math.max(delay, lastRun + MIN_INTERVAL_MS - timers.now());
    timer = timers.setTimeout(() => void run(), wait);
  }

  return {
    /** Called from storage.onChanged for both areas. */
    noteChanges(keys: readonly string[], areaName: string): void {
      const relevant =
        areaName === 'sync' ? keys.some((key) => key.startsWith(SYNC_PREFIX)) : keys.some(isSyncedLocalKey);
      if (relevant) schedule();
    },
    /** At worker start: catch up with whatever changed while it was stopped. */
    start: () => schedule(),
  };
}
