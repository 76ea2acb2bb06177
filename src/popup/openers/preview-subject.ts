/**
 * Whom the editor's preview is written for: the built-in sample person, or one of the user's recent
 * contacts (their notes fill {{howWeMet}} and {{reason}}, as the panel does on LinkedIn).
 */
import type { OpenerValues, OpenerVariable } from '../../shared/rules';
import type { Contact } from '../../shared/schema/stored';
import { sampleValues } from './analysis';

export const SAMPLE_SUBJECT = 'sample';
/** How many recent contacts the preview offers; more would make the select hard to scan. */
export const RECENT_CONTACT_CHOICES = 8;

export function recentContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, RECENT_CONTACT_CHOICES);
}

export function contactLabel(contact: Contact): string {
  return contact.name.trim() || contact.slug;
}

/** A contact's values: only what we know, so the editor can say what would be left unfilled. */
export function contactValues(contact: Contact, myFirstName: string): OpenerValues {
  const name = contact.name.trim();
  const [first, ...rest] = name.split(/\s+/);
  const howWeMet = [contact.howWeMet, contact.where, contact.when]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const values: Partial<Record<OpenerVariable, string>> = {
    firstName: first ?? '',
    lastName: rest.join(' '),
    fullName: name,
    howWeMet,
    reason: contact.why.trim(),
    myFirstName: myFirstName || sampleValues('').myFirstName || '',
  };
  const known: OpenerValues = {};
  for (const [key, value] of Object.entries(values) as [OpenerVariable, string][]) {
    if (value) known[key] = value;
  }
  return known;
}

export function subjectValues(
  subject: string,
  contacts: readonly Contact[],
  myFirstName: string,
): OpenerValues {
  const contact = subject === SAMPLE_SUBJECT ? undefined : contacts.find((c) => c.slug === subject);
  return contact ? contactValues(contact, myFirstName) : sampleValues(myFirstName);
}
