/**
 * The sync side as the engine sees it (browser-area.ts adapts browser.storage.sync to it), and the
 * quotas Chrome documents for storage.sync (Firefox enforces about the same): 100 KB in all, 8 KB per
 * item measured as key plus JSON, 512 items, 120 writes a minute and 1,800 an hour.
 */
import type { KeyValueArea } from '../store/area';

export type SyncArea = KeyValueArea;

export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Every key this extension keeps in sync storage starts with this, so its own keys are easy to find. */
export const SYNC_PREFIX = 'pt:';

const encoder = new TextEncoder();

/** An item's size as the quota counts it: the key plus the JSON of the value, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

export const totalBytes = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

/** Chrome and Firefox name the write-rate quotas in the error; the byte quotas say QUOTA_BYTES. */
export const isWriteRateError = (error: unknown): boolean =>
  /MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(error instanceof Error ? error.message : String(error));
