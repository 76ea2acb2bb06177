/**
 * Replies about the store itself rather than its records: sync status, storage status (read-only
 * notices), erase results, and the tombstones that carry deletions between devices.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from './stored';

const epochMs = z.number().check(z.nonnegative());

/** A deleted record, kept so another device's older copy cannot bring it back (pruned after 90 days). */
export const TombstoneSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  deletedAt: epochMs,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** Local key `tombstones`: deletions not yet forgotten, per synced collection. */
export const TombstonesSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  openers: z._default(z.array(TombstoneSchema), []),
  contacts: z._default(z.array(TombstoneSchema), []),
});
export type Tombstones = z.infer<typeof TombstonesSchema>;

export const SyncStateSchema = z.enum(['off', 'ok', 'pending', 'over-quota', 'error']);
export type SyncState = z.infer<typeof SyncStateSchema>;

/** Local key `sync:status`, and the reply to `getSyncStatus`. */
export const SyncStatusSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  state: SyncStateSchema,
  /** What is mirrored to browser sync on this device. */
  openers: z.boolean(),
  contacts: z.boolean(),
  lastSyncedAt: z.nullable(epochMs),
  bytesInUse: z.number().check(z.nonnegative()),
  quotaBytes: z.number().check(z.nonnegative()),
  /** A sentence the UI can show as is (over quota, write limit, error); null when all is well. */
  message: z.nullable(z.string()),
  /** When a torn synced copy (a write still arriving) was first seen; one still torn later is overwritten. */
  tornSince: z.optional(epochMs),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/**
 * Worker → extension pages, sent when the state or message of the recorded sync status changes: the
 * page asks `getSyncStatus` again. It carries nothing else, so a page never trusts pushed content.
 */
export const SyncStatusChangedSchema = z.object({ type: z.literal('syncStatusChanged') });
export type SyncStatusChanged = z.infer<typeof SyncStatusChangedSchema>;

export const StorageStatusSchema = z.object({
  schemaVersion: z.number(),
  /** The version recorded in the store; null on a store not yet prepared. */
  storedVersion: z.nullable(z.number()),
  readOnly: z.boolean(),
  /** Shown to the user when readOnly. */
  message: z.nullable(z.string()),
  quarantined: z.number().check(z.nonnegative()),
});
export type StorageStatus = z.infer<typeof StorageStatusSchema>;

export const EraseResultSchema = z.object({
  removedKeys: z.number().check(z.nonnegative()),
  reseeded: z.boolean(),
  /** Sync is switched off on this device, or other devices would bring the erased data straight back. */
  syncTurnedOff: z.boolean(),
});
export type EraseResult = z.infer<typeof EraseResultSchema>;
