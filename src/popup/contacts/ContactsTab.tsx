/** Contacts container: loads people and invitations, searches them, opens one person's notes. */
import { useMemo, useState } from 'preact/hooks';
import type { Contact } from '../../shared/schema/stored';
import { ErrorAlert } from '../../ui/Alert';
import { useClient } from '../../ui/client-context';
import { SearchField } from '../../ui/SearchField';
import { searchBy } from '../../ui/search';
import { strings } from '../../ui/strings';
import { useResource } from '../../ui/use-resource';
import { ContactDetail } from './ContactDetail';
import { ContactList, contactSearchText } from './ContactList';

const byRecentUpdate = (a: Contact, b: Contact) => b.updatedAt - a.updatedAt;

export function ContactsTab() {
  const client = useClient();
  const contacts = useResource(() => client.request({ type: 'listContacts' }));
  const invitations = useResource(() => client.request({ type: 'listInvitations' }));
  const [query, setQuery] = useState('');
  const [openSlug, setOpenSlug] = useState<string | null>(null);

  const visible = useMemo(
    () => searchBy([...(contacts.data ?? [])].sort(byRecentUpdate), query, contactSearchText),
    [contacts.data, query],
  );
  const open = contacts.data?.find((contact) => contact.slug === openSlug);

  const replace = (saved: Contact) =>
    contacts.setData((list) => (list ?? []).map((item) => (item.slug === saved.slug ? saved : item)));

  const back = () => {
    const slug = openSlug;
    setOpenSlug(null);
    // Return focus to the person just edited once the list is back.
    setTimeout(() =>
      document.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug ?? '')}"] button`)?.focus(),
    );
  };

  if (open) {
    return (
      <ContactDetail
        contact={open}
        invitations={(invitations.data ?? []).filter((invitation) => invitation.slug === open.slug)}
        onSaved={replace}
        onBack={back}
      />
    );
  }

  return (
    <section class="contacts" aria-label={strings.popup.tabContacts}>
      <div class="toolbar">
        <SearchField
          label={strings.contacts.searchLabel}
          placeholder={strings.contacts.searchPlaceholder}
          value={query}
          onInput={setQuery}
          keyShortcuts="/"
        />
      </div>
      <ErrorAlert
        message={contacts.error ?? invitations.error}
        onRetry={() => {
          contacts.reload();
          invitations.reload();
        }}
      />
      {contacts.loading && !contacts.data ? (
        <p class="empty">{strings.common.loading}</p>
      ) : (
        <ContactList contacts={visible} query={query} onOpen={(contact) => setOpenSlug(contact.slug)} />
      )}
    </section>
  );
}
