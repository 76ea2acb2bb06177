/**
 * The store sees storage as a `KeyValueArea` (browser-area.ts adapts browser.storage), which keeps the
 * store testable against any in-memory fake and lets the bench run the real store code in Node.
 *
 * `exclusive` serialises every store operation (reads included) through one promise chain: a
 * read-modify-write from one tab can never interleave with another's, so five tabs saving at once lose
 * nothing. The chain lives in memory only to order work; nothing in it needs to survive a worker stop.
 */
export interface KeyValueArea {
  get(keys: readonly string[]): Promise<Record<string, unknown>>;
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
}

let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled; a failure never blocks later tasks. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const result = tail.then(task, task);
  tail = result.catch(() => undefined);
  return result;
}
