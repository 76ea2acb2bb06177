/** People the user has notes on, each a button that opens their notes. */
import type { Contact } from '../../shared/schema/stored';
import { strings } from '../../ui/strings';

interface ContactListProps {
  contacts: readonly Contact[];
  query: string;
  onOpen: (contact: Contact) => void;
}

export const contactName = (contact: Contact) => contact.name || contact.slug;

export function contactSearchText(contact: Contact): string {
  const { name, slug, howWeMet, where, when, why, notes, tags } = contact;
  return [name, slug.replace(/-/g, ' '), howWeMet, where, when, why, notes, ...tags].join(' ');
}

export function ContactList({ contacts, query, onOpen }: ContactListProps) {
  if (contacts.length === 0) {
    return (
      <p class="empty">{query.trim() ? strings.contacts.noMatches(query.trim()) : strings.contacts.empty}</p>
    );
  }
  return (
    <ul class="contact-list">
      {contacts.map((contact) => (
        <li key={contact.slug} class="contact" data-slug={contact.slug}>
          <button type="button" class="contact__open" onClick={() => onOpen(contact)}>
            <span class="contact__name">{contactName(contact)}</span>
            {(contact.howWeMet || contact.where) && (
              <span class="contact__excerpt">
                {[contact.howWeMet, contact.where].filter(Boolean).join(' · ')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
