/** Contacts: one key per lower-cased slug plus a slug index (see keys.ts). */
import { type Contact, type ContactPatch, ContactSchema } from '../../shared/schema/stored';
import { CONTACT_PREFIX, contactKey, KEYS, normaliseSlug } from './keys';
import { readIndex, readRecord } from './records';
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
  const stored = await session.get([key, KEYS.contactIndex]);
  const existing = readContact(session, slug, stored[key]);
  const contact = ContactSchema.parse({ ...existing, ...patch, slug, updatedAt: session.now() });
  const items: Record<string, unknown> = { [key]: contact };
  if (!existing) {
    const slugs = await readIndex(session, KEYS.contactIndex, CONTACT_PREFIX);
    if (!slugs.includes(slug)) items[KEYS.contactIndex] = [...slugs, slug];
  }
  await session.set(items);
  return contact;
}

/** Every contact, most recently updated first. */
export async function listContacts(session: StoreSession): Promise<Contact[]> {
  const slugs = await readIndex(session, KEYS.contactIndex, CONTACT_PREFIX);
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
  const slugs = (await readIndex(session, KEYS.contactIndex, CONTACT_PREFIX)).filter((s) => !gone.has(s));
  const listed = new Set(slugs);
  const items: Record<string, unknown> = {};
  for (const contact of upserts) {
    items[contactKey(contact.slug)] = contact;
    if (!listed.has(contact.slug)) slugs.push(contact.slug);
  }
  await session.set({ ...items, [KEYS.contactIndex]: slugs });
  if (gone.size > 0) await session.remove(deletions.map(contactKey));
}
