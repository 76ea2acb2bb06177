/**
 * One store operation's view of storage. Handlers read and write through it; repairs found while
 * reading are staged and written by `flush` before the reply, so a read never writes behind a handler's
 * back and a handler's own later write always wins over a staged repair of the same key.
 *
 * Read-only mode (data from a newer schema) and records written by a newer version are enforced here,
 * at the single write path, so no handler can forget the check.
 */
import { z } from 'zod/mini';
import { type QuarantineEntry, QuarantineEntrySchema } from '../../shared/schema/stored';
import { MESSAGES, storageCall, WorkerFailure } from '../failure';
import type { KeyValueArea } from './area';
import { KEYS } from './keys';
import { guardOpenerWrite } from './opener-snapshot';
import { ReadCache } from './read-cache';

const REMOVE = Symbol('remove');

export class StoreSession {
  readOnly = false;
  private readonly staged = new Map<string, unknown>();
  private readonly quarantined: QuarantineEntry[] = [];
  private readonly newerKeys = new Set<string>();

  constructor(
    readonly area: KeyValueArea,
    readonly now: () => number,
    readonly cache: ReadCache = new ReadCache(),
    /** browser.storage.sync, for the sync pass and erasing; absent where sync is not wired (tests, bench). */
    readonly sync?: KeyValueArea,
  ) {}

  get(keys: readonly string[]): Promise<Record<string, unknown>> {
    return storageCall(() => this.area.get(keys));
  }

  getAll(): Promise<Record<string, unknown>> {
    return storageCall(() => this.area.getAll());
  }

  async set(written: Record<string, unknown>): Promise<void> {
    const items = guardOpenerWrite(written);
    const keys = Object.keys(items);
    this.assertWritable(keys);
    for (const key of keys) this.staged.delete(key);
    this.cache.invalidate(keys);
    await storageCall(() => this.area.set(items));
  }

  /**
   * Callers remove only records no index lists any more (they write the index first), so a removal never
   * changes a list and never makes the opener snapshot stale.
   */
  async remove(keys: readonly string[]): Promise<void> {
    this.assertWritable(keys);
    for (const key of keys) this.staged.delete(key);
    this.cache.invalidate(keys);
    await storageCall(() => this.area.remove(keys));
  }

  /**
   * Removes `keys` (normally every key) even from a read-only store, drops staged repairs, quarantine
   * entries and cached reads, and makes the session writable again: the data it protected is gone.
   */
  async eraseEverything(keys: readonly string[]): Promise<void> {
    this.staged.clear();
    this.quarantined.length = 0;
    this.newerKeys.clear();
    this.readOnly = false;
    this.cache.clear();
    if (keys.length > 0) await storageCall(() => this.area.remove(keys));
  }

  /** Marks a key whose record a newer version wrote: it is read as is and never overwritten. */
  protectNewer(key: string): void {
    this.newerKeys.add(key);
  }

  stageRepair(key: string, value: unknown): void {
    this.staged.set(key, value);
  }

  /** Whether a repair of `key` is already staged (a fuller reader may have staged a better one). */
  hasStaged(key: string): boolean {
    return this.staged.has(key);
  }

  stageRemoval(key: string): void {
    this.staged.set(key, REMOVE);
  }

  quarantine(key: string, raw: unknown, reason: string): void {
    this.quarantined.push({ v: 1, key, raw, reason: reason.slice(0, 2000), at: this.now() });
  }

  /** Writes staged repairs and quarantine entries; removals go last so a raw value is kept before its key goes. */
  async flush(): Promise<void> {
    if (this.readOnly || (this.staged.size === 0 && this.quarantined.length === 0)) return;
    let items: Record<string, unknown> = {};
    const removals: string[] = [];
    for (const [key, value] of this.staged) {
      if (this.newerKeys.has(key)) continue;
      if (value === REMOVE) removals.push(key);
      else items[key] = value;
    }
    if (this.quarantined.length > 0) {
      items[KEYS.quarantine] = [...(await this.readQuarantine()), ...this.quarantined];
    }
    items = guardOpenerWrite(items, removals);
    // A staged repair is exactly what its reader returned (and may have cached), so only the keys added
    // here (quarantine, a snapshot marked stale) and removals can differ from cached reads.
    const changed = Object.keys(items).filter((key) => !this.staged.has(key));
    this.staged.clear();
    this.quarantined.length = 0;
    this.cache.invalidate([...changed, ...removals]);
    await storageCall(() => this.area.set(items));
    if (removals.length > 0) await storageCall(() => this.area.remove(removals));
  }

  async readQuarantine(): Promise<QuarantineEntry[]> {
    const raw = (await this.get([KEYS.quarantine]))[KEYS.quarantine];
    const parsed = z.array(QuarantineEntrySchema).safeParse(raw ?? []);
    // A broken quarantine is itself kept: wrapped as one entry rather than discarded.
    if (parsed.success) return parsed.data;
    return [{ v: 1, key: KEYS.quarantine, raw, reason: 'quarantine list was unreadable', at: this.now() }];
  }

  private assertWritable(keys: readonly string[]): void {
    if (this.readOnly || keys.some((key) => this.newerKeys.has(key))) {
      throw new WorkerFailure('read-only', MESSAGES.readOnly);
    }
  }
}
