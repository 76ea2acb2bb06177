/** The values an opener can use, gathered from the recipient, the profile page and the user's notes. */
import type { OpenerValues, RecipientFacts } from '../shared/rules/types';
import type { ProfileFacts } from './linkedin/profile-facts';
import type { Recipient } from './linkedin/recipient';
import type { ContentContact as Contact, ContentSettings as Settings } from './replies';

// Credentials, pronouns and emoji that LinkedIn members append to their display name.
const NAME_NOISE =
  /\s*(\([^)]*\)|,\s*[A-Z][A-Za-z.]{1,6}\b.*$|(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)/gu;

export function splitName(fullName: string | undefined): { first?: string; last?: string } {
  const clean = (fullName ?? '').replace(NAME_NOISE, '').replace(/\s+/g, ' ').trim();
  if (!clean) return {};
  const parts = clean.split(' ');
  const first = parts[0];
  const last = parts.length > 1 ? parts.slice(1).join(' ') : undefined;
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

const defined = (entries: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1]?.trim())));

export function openerValues(
  recipient: Recipient,
  facts: ProfileFacts,
  contact: Contact | null,
  settings: Settings | undefined,
): OpenerValues {
  const { first, last } = splitName(recipient.name);
  const howWeMet = [contact?.howWeMet, contact?.where, contact?.when].filter(Boolean).join(', ');
  return defined({
    firstName: first,
    lastName: last,
    fullName: recipient.name,
    company: facts.company,
    headline: facts.headline,
    location: facts.location,
    mutual: facts.mutual,
    howWeMet: howWeMet || undefined,
    reason: contact?.why,
    myFirstName: splitName(settings?.myName).first,
  }) as OpenerValues;
}

/** What the checker knows about the recipient (for wrong-name and "generic" checks). */
export function recipientFacts(values: OpenerValues): RecipientFacts {
  return defined({
    fullName: values.fullName,
    firstName: values.firstName,
    lastName: values.lastName,
    company: values.company,
    headline: values.headline,
    location: values.location,
    mutual: values.mutual,
    howWeMet: values.howWeMet,
    reason: values.reason,
  }) as RecipientFacts;
}
