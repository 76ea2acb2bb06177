/**
 * The whole store as plain lists, for export and import, and its mapping back onto the key layout of
 * keys.ts. An import writes the difference between the two layouts in one `set` (indexes included), so
 * it lands all at once or not at all; keys it no longer needs are removed afterwards, by which time no
 * index lists them.
 */
import type { Contact, Opener, QuarantineEntry, SentInvitation, Settings } from '../../shared/schema/stored';
import { allShardItems } from '../store/contact-index';
import { listContacts } from '../store/contacts';
import { listInvitations } from '../store/invitations';
import { contactKey, invitationBucketKey, KEYS, monthOf, normaliseSlug, openerKey } from '../store/keys';
import { diffSnapshots } from '../store/migrations';
import { encodeSnapshot } from '../store/opener-snapshot';
import { compareOpeners, listOpeners } from '../store/openers';
import { panelOpenersItem } from '../store/panel-openers';
import type { StoreSession } from '../store/session';
import { getSettings } from '../store/settings';

export interface StoreContents {
  openers: Opener[];
  contacts: Contact[];
  settings: Settings;
  invitations: SentInvitation[];
  quarantine: QuarantineEntry[];
}

export async function readStoreContents(session: StoreSession): Promise<StoreContents> {
  return {
    openers: await listOpeners(session),
    contacts: await listContacts(session),
    settings: await getSettings(session),
    invitations: await listInvitations(session),
    quarantine: await session.readQuarantine(),
  };
}

function invitationBuckets(invitations: readonly SentInvitation[]): Record<string, SentInvitation[]> {
  const buckets: Record<string, SentInvitation[]> = {};
  const oldestFirst = [...invitations].sort((a, b) => a.sentAt - b.sentAt);
  for (const invitation of oldestFirst) {
    const month = monthOf(invitation.sentAt);
    buckets[month] = [...(buckets[month] ?? []), invitation];
  }
  return buckets;
}

/** The keys and values that hold `contents` (everything except meta). */
export function toKeyValues(contents: StoreContents): Record<string, unknown> {
  const items: Record<string, unknown> = { [KEYS.settings]: contents.settings };
  for (const opener of contents.openers) items[openerKey(opener.id)] = opener;
  const ids = contents.openers.map((opener) => opener.id);
  items[KEYS.openerIndex] = ids;
  const sorted = [...contents.openers].sort(compareOpeners);
  items[KEYS.openerSnapshot] = encodeSnapshot(sorted, ids);
  Object.assign(items, panelOpenersItem(sorted, ids));
  const contacts = contents.contacts.map((contact) => ({ ...contact, slug: normaliseSlug(contact.slug) }));
  for (const contact of contacts) items[contactKey(contact.slug)] = contact;
  Object.assign(items, allShardItems(contacts.map((contact) => contact.slug)));
  const buckets = invitationBuckets(contents.invitations);
  for (const [month, bucket] of Object.entries(buckets)) items[invitationBucketKey(month)] = bucket;
  items[KEYS.invitationIndex] = Object.keys(buckets).sort();
  if (contents.quarantine.length > 0) items[KEYS.quarantine] = contents.quarantine;
  return items;
}

/** `extra` (the tombstones of records a replace removes) is written in the same `set`. */
export async function writeStoreContents(
  session: StoreSession,
  before: StoreContents,
  next: StoreContents,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const after = toKeyValues(next);
  const { set, remove } = diffSnapshots(toKeyValues(before), after);
  // The snapshot and panel openers stamp the index they were written with, so all three travel together.
  if (KEYS.openerSnapshot in set || KEYS.panelOpeners in set) {
    set[KEYS.openerIndex] = after[KEYS.openerIndex];
    set[KEYS.openerSnapshot] = after[KEYS.openerSnapshot];
    set[KEYS.panelOpeners] = after[KEYS.panelOpeners];
  }
  Object.assign(set, extra);
  if (Object.keys(set).length > 0) await session.set(set);
  if (remove.length > 0) await session.remove(remove);
}
