/**
 * Parsed results of expensive reads (the opener list, invitation buckets), kept for the life of the
 * worker so the panel does not re-read and re-parse 1,000 openers per dialog. Correctness never depends
 * on it: it starts empty after every worker start, every write through a session drops the entries that
 * depend on the written keys, and storage.onChanged drops them too for changes made any other way.
 */
interface Entry {
  dependsOn: (key: string) => boolean;
  value: unknown;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  async memo<T>(tag: string, dependsOn: (key: string) => boolean, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(tag);
    if (hit) return hit.value as T;
    const value = await load();
    this.entries.set(tag, { dependsOn, value });
    return value;
  }

  /** Stores a value the caller just wrote, so the next read needs no storage round trip. */
  put(tag: string, dependsOn: (key: string) => boolean, value: unknown): void {
    this.entries.set(tag, { dependsOn, value });
  }

  invalidate(keys: readonly string[]): void {
    for (const [tag, entry] of this.entries) {
      if (keys.some(entry.dependsOn)) this.entries.delete(tag);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
