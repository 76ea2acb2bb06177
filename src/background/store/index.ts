/**
 * The store: every operation runs exclusively (see area.ts), on a fresh session, after `prepareStore`,
 * and its staged repairs are written before it resolves, so an acknowledged write is on disk.
 */
import { exclusive, type KeyValueArea } from './area';
import { prepareStore } from './prepare';
import { StoreSession } from './session';

export interface Store {
  run<T>(operation: (session: StoreSession) => Promise<T>): Promise<T>;
}

export function createStore(area: KeyValueArea, clock: () => number = Date.now): Store {
  return {
    run: (operation) =>
      exclusive(async () => {
        const session = new StoreSession(area, clock);
        await prepareStore(session);
        const result = await operation(session);
        await session.flush();
        return result;
      }),
  };
}
