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

/** Characters Chrome's JSON writer escapes to six bytes (\u003C, \u2028, \u2029) where JSON.stringify does not. */
const CHROME_ESCAPED = /[<\u2028\u2029]/g;

/**
 * An item's size as the quota counts it: the key plus the JSON of the value, in UTF-8 bytes, as Chrome
 * writes that JSON (measured with getBytesInUse in real Chromium). Firefox counts no more than this.
 */
export function itemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  const escaped = json.match(CHROME_ESCAPED) ?? [];
  const extra = escaped.reduce((sum, char) => sum + (char === '<' ? 5 : 3), 0);
  return encoder.encode(key).length + encoder.encode(json).length + extra;
}

export const totalBytes = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Chrome and Firefox name the write-rate quotas in the error ("exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota"). */
export const isWriteRateError = (error: unknown): boolean =>
  /MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(messageOf(error));

/**
 * A byte or item quota refused the write: Chromium says "Resource::kQuotaBytesPerItem quota exceeded",
 * older builds "QUOTA_BYTES_PER_ITEM quota exceeded" and the like, Firefox ESR "QuotaExceededError:
 * storage.sync API call exceeded its quota limitations." (seen by scripts/firefox-sync.ts).
 */
export const isSizeQuotaError = (error: unknown): boolean =>
  !isWriteRateError(error) &&
  /QUOTA_?BYTES|MAX_?ITEMS|quota exceeded|QuotaExceeded|exceeded its quota/i.test(messageOf(error));
