/**
 * Storage key layout (browser.storage.local). Chosen so the hot paths touch few, small keys:
 *
 *   meta                    { v, seeded, createdAt }: schema version of the whole store; `seeded` stops
 *                           starter openers from coming back after the user deleted them.
 *   settings                one Settings record.
 *   openers:index           string[] of opener ids; opener:<id> holds one Opener each.
 *   contacts:index          string[] of slugs; contact:<slug> holds one Contact each. The panel reads one
 *                           contact by key, never the list, so 10,000 contacts cost nothing per dialog;
 *                           saving one rewrites ~300 bytes, plus the index only when the slug is new.
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
export const KEYS = {
  meta: 'meta',
  settings: 'settings',
  openerIndex: 'openers:index',
  contactIndex: 'contacts:index',
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
