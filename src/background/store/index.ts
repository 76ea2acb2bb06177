/**
 * The store: every operation runs exclusively (see area.ts), on a fresh session, after `prepareStore`,
 * and its staged repairs are written before it resolves, so an acknowledged write is on disk.
 */
import { exclusive, type KeyValueArea } from './area';
import { prepareStore } from './prepare';
import { ReadCache } from './read-cache';
import { StoreSession } from './session';

export interface Store {
  run<T>(operation: (session: StoreSession) => Promise<T>): Promise<T>;
  /** Drops cached reads of these keys (wired to storage.onChanged). */
  invalidate(keys: readonly string[]): void;
}

export function createStore(area: KeyValueArea, clock: () => number = Date.now, sync?: KeyValueArea): Store {
  const cache = new ReadCache();
  return {
    invalidate: (keys) => cache.invalidate(keys),
    run: (operation) =>
      exclusive(async () => {
        const session = new StoreSession(area, clock, cache, sync);
        await prepareStore(session);
        const result = await operation(session);
        await session.flush();
        return result;
      }),
  };
}
