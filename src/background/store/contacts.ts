/** Contacts: one key per lower-cased slug plus a slug index in shards (see keys.ts, contact-index.ts). */
import { type Contact, type ContactPatch, ContactSchema } from '../../shared/schema/stored';
import { groupByShard, readAllContactSlugs, readContactShard } from './contact-index';
import { contactKey, contactShardKey, contactShardOf, normaliseSlug } from './keys';
import { readRecord } from './records';
import type { StoreSession } from './session';

function readContact(session: StoreSession, slug: string, raw: unknown): Contact | undefined {
  return readRecord(session, contactKey(slug), raw, ContactSchema, { slug, updatedAt: session.now() });
}

export async function getContact(session: StoreSession, rawSlug: string): Promise<Contact | null> {
  const slug = normaliseSlug(rawSlug);
  const key = contactKey(slug);
  return readContact(session, slug, (await session.get([key]))[key]) ?? null;
}

/** Merges the patch into the stored contact (or a new one) and stamps updatedAt. */
export async function saveContact(session: StoreSession, patch: ContactPatch): Promise<Contact> {
  const slug = normaliseSlug(patch.slug);
  const key = contactKey(slug);
  const existing = readContact(session, slug, (await session.get([key]))[key]);
  const contact = ContactSchema.parse({ ...existing, ...patch, slug, updatedAt: session.now() });
  const items: Record<string, unknown> = { [key]: contact };
  if (!existing) {
    // Only the slug's own shard is read and, when the slug is new to it, rewritten with the record.
    const shard = contactShardOf(slug);
    const slugs = await readContactShard(session, shard);
    if (!slugs.includes(slug)) items[contactShardKey(shard)] = [...slugs, slug];
  }
  await session.set(items);
  return contact;
}

/** Every contact, most recently updated first. */
export async function listContacts(session: StoreSession): Promise<Contact[]> {
  const slugs = await readAllContactSlugs(session);
  const stored = await session.get(slugs.map(contactKey));
  const contacts: Contact[] = [];
  for (const slug of slugs) {
    const contact = readContact(session, slug, stored[contactKey(slug)]);
    if (contact) contacts.push(contact);
  }
  return contacts.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Writes contacts merged in from browser sync and removes those deleted on another device. */
export async function applySyncedContacts(
  session: StoreSession,
  upserts: readonly Contact[],
  deletions: readonly string[],
): Promise<void> {
  if (upserts.length === 0 && deletions.length === 0) return;
  const gone = new Set(deletions);
  const items: Record<string, unknown> = {};
  for (const contact of upserts) items[contactKey(contact.slug)] = contact;
  // Only the shards that gain or lose a slug are rewritten, in the same set as the records.
  const touched = groupByShard([...upserts.map((contact) => contact.slug), ...deletions]);
  for (const [shard, changed] of touched) {
    const listed = (await readContactShard(session, shard)).filter((slug) => !gone.has(slug));
    const added = changed.filter((slug) => !gone.has(slug));
    items[contactShardKey(shard)] = [...new Set([...listed, ...added])];
  }
  await session.set(items);
  if (gone.size > 0) await session.remove(deletions.map(contactKey));
}
