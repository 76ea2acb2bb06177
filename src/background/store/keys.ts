import { fnv1a } from './hash';

/**
 * Storage key layout (browser.storage.local), version STORE_VERSION. Chosen so the hot paths touch few,
 * small keys:
 *
 *   meta                    { v, seeded, createdAt }: schema version of the whole store; `seeded` stops
 *                           starter openers from coming back after the user deleted them.
 *   settings                one Settings record.
 *   openers:index           string[] of opener ids; opener:<id> holds one Opener each.
 *   openers:snapshot        the sorted opener list as the worker last wrote it, with checksums (see
 *                           opener-snapshot.ts): the popup's first list after a worker start reads one key.
 *   openers:panel           the ~50 openers the composer panel offers, with the same stamps (see
 *                           panel-openers.ts): the first panel after a worker start parses only those.
 *   contacts:index:<hh>     64 shards of the slug index (hh = 00..3f, from a hash of the slug; a missing
 *                           shard is empty); contact:<slug> holds one Contact each. The panel reads one
 *                           contact by key, never the list, so 10,000 contacts cost nothing per dialog;
 *                           saving one rewrites ~300 bytes, plus one shard (~1/64 of the slugs) when new.
 *   invitations:index       string[] of month keys ("2026-03"); invitations:<YYYY-MM> holds that month's
 *                           SentInvitation[] (LinkedIn caps invitations at ~100 a week, so a bucket stays
 *                           small). The panel reads at most two buckets: this month and the last 30 days.
 *   quarantine              QuarantineEntry[]: stored values that failed their schema, kept raw with the
 *                           reason, so nothing is ever silently dropped.
 *   tombstones              { v, openers, contacts }: ids deleted here, with when, so browser sync does not
 *                           bring them back from another device (pruned after 90 days).
 *   sync:status             SyncStatus: the outcome of the last sync with browser.storage.sync.
 *
 * A record and its index entry are written in one `set` call, which the browser applies as a whole.
 */
/**
 * Version of the key layout, stored as `meta.v`. Records carry their own `v` (SCHEMA_VERSION), which
 * export files and browser sync share with other devices; the layout is this device's business alone.
 * 1: one `contacts:index`; 2: the index in 64 shards; 3: `openers:panel` beside `openers:snapshot`.
 */
export const STORE_VERSION = 3;

export const KEYS = {
  meta: 'meta',
  settings: 'settings',
  openerIndex: 'openers:index',
  openerSnapshot: 'openers:snapshot',
  panelOpeners: 'openers:panel',
  invitationIndex: 'invitations:index',
  quarantine: 'quarantine',
  tombstones: 'tombstones',
  syncStatus: 'sync:status',
} as const;

export const OPENER_PREFIX = 'opener:';
export const CONTACT_PREFIX = 'contact:';
export const INVITATION_PREFIX = 'invitations:';

export const openerKey = (id: string): string => `${OPENER_PREFIX}${id}`;
export const contactKey = (slug: string): string => `${CONTACT_PREFIX}${slug}`;
/** Layout v1's single contact index; only migrations read it. */
export const LEGACY_CONTACT_INDEX = 'contacts:index';
export const CONTACT_SHARD_COUNT = 64;
const CONTACT_SHARD_PREFIX = 'contacts:index:';

/** The shard ("00".."3f") that lists a (normalised) slug. */
export const contactShardOf = (slug: string): string =>
  (fnv1a(slug) % CONTACT_SHARD_COUNT).toString(16).padStart(2, '0');
export const contactShardKey = (shard: string): string => `${CONTACT_SHARD_PREFIX}${shard}`;
export const CONTACT_SHARDS: readonly string[] = Array.from({ length: CONTACT_SHARD_COUNT }, (_, i) =>
  i.toString(16).padStart(2, '0'),
);
export const isContactShardKey = (key: string): boolean => key.startsWith(CONTACT_SHARD_PREFIX);

/** Keys whose change changes the opener list (and so makes the snapshot and panel openers stale). */
export const isOpenerDataKey = (key: string): boolean =>
  key === KEYS.openerIndex || key.startsWith(OPENER_PREFIX);

export const invitationBucketKey = (month: string): string => `${INVITATION_PREFIX}${month}`;

/** The user's local calendar month of a time, as "YYYY-MM" (sorts as text). */
export function monthOf(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Every month key from the month of `fromMs` to the month of `toMs`, oldest first. */
export function monthsBetween(fromMs: number, toMs: number): string[] {
  const months: string[] = [];
  const cursor = new Date(fromMs);
  cursor.setDate(1);
  const last = monthOf(toMs);
  for (let month = monthOf(cursor.getTime()); month <= last; month = monthOf(cursor.getTime())) {
    months.push(month);
    cursor.setMonth(cursor.getMonth() + 1);
  }
  return months;
}

/** Contacts are keyed by the lower-cased slug, as LinkedIn treats /in/Jane-Doe and /in/jane-doe alike. */
export const normaliseSlug = (slug: string): string => slug.toLowerCase();
