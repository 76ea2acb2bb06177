/**
 * Fitting the synced parts into sync storage's quotas, in priority order, and the status messages the
 * UI shows as they are.
 */
import type { SyncState } from '../../shared/schema/status';
import { itemBytes, SYNC_QUOTA, totalBytes } from './sync-area';

export interface Part {
  label: string;
  /** Every item of the part as it would be written. */
  items: Record<string, unknown>;
  /** The synced copy already holds exactly this: nothing to write. */
  unchanged: boolean;
  /** Leftover keys of an earlier, longer copy. */
  stale: string[];
  /** Keys the part has in sync storage now. */
  ownedKeys: string[];
}

interface Outcome {
  state: SyncState;
  message: string | null;
}

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

export const syncMessages = {
  ok: { state: 'ok', message: null },
  torn: { state: 'pending', message: null },
  rateLimited: {
    state: 'pending',
    message:
      'Browser sync limits how often it can be written. Your latest changes will sync in about a minute.',
  },
  /** The browser refused a write our own count let through (its size rules differ): nothing was synced. */
  refused: {
    state: 'over-quota',
    message:
      'Browser sync refused to store your data because it is over its size limits, so it is kept on ' +
      'this device only and still works here. It syncs again once it fits, for example after deleting ' +
      'openers you no longer use.',
  },
  unavailable: {
    state: 'error',
    message:
      'Browser sync is not available right now (for example, when you are signed out of the browser). ' +
      'Everything is still saved on this device.',
  },
} as const satisfies Record<string, Outcome>;

function overQuotaMessage(labels: readonly string[], needed: number, room: number): string {
  return (
    `Browser sync has room for ${kb(SYNC_QUOTA.bytes)} in all. Your ${labels.join(' and ')} need ` +
    `${kb(needed)} but only ${kb(Math.max(0, room))} is left, so they are kept on this device only and ` +
    'still work here. They sync again once they fit, for example after deleting ones you no longer use.'
  );
}

export function fitParts(remote: Record<string, unknown>, parts: readonly Part[]) {
  const managed = new Set(parts.flatMap((part) => [...part.ownedKeys, ...Object.keys(part.items)]));
  const others = Object.entries(remote).filter(([key]) => !managed.has(key));
  let bytes = others.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  let items = others.length;
  const toSet: Record<string, unknown> = {};
  const toRemove: string[] = [];
  const rejected: string[] = [];
  let rejectedBytes = 0;
  for (const part of parts) {
    const partBytes = totalBytes(part.items);
    const partItems = Object.keys(part.items).length;
    if (bytes + partBytes > SYNC_QUOTA.bytes || items + partItems > SYNC_QUOTA.items) {
      rejected.push(part.label);
      rejectedBytes += partBytes;
      toRemove.push(...part.ownedKeys); // frees the room an older, smaller copy took
      continue;
    }
    bytes += partBytes;
    items += partItems;
    if (!part.unchanged) Object.assign(toSet, part.items);
    toRemove.push(...part.stale);
  }
  const overQuota: Outcome | undefined =
    rejected.length === 0
      ? undefined
      : { state: 'over-quota', message: overQuotaMessage(rejected, rejectedBytes, SYNC_QUOTA.bytes - bytes) };
  return { toSet, toRemove, overQuota };
}
