/** One person's notes, saved as the user types, and what was sent to them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact, SentInvitation } from '../../shared/schema/stored';
import { ErrorAlert } from '../../ui/Alert';
import { useClient } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { useAutosave } from '../../ui/use-autosave';
import { ContactEditor, type ContactFields } from './ContactEditor';
import { contactName } from './ContactList';
import { InvitationHistory } from './InvitationHistory';

interface ContactDetailProps {
  contact: Contact;
  invitations: readonly SentInvitation[];
  onSaved: (contact: Contact) => void;
  onBack: () => void;
}

const fieldsOf = ({ howWeMet, where, when, why, notes }: Contact): ContactFields => ({
  howWeMet,
  where,
  when,
  why,
  notes,
});

export function ContactDetail({ contact, invitations, onSaved, onBack }: ContactDetailProps) {
  const client = useClient();
  const [values, setValues] = useState(() => fieldsOf(contact));
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);

  const autosave = useAutosave<Partial<ContactFields>>(async (patch) => {
    const saved = await client.request({ type: 'saveContact', patch: { slug: contact.slug, ...patch } });
    onSaved(saved);
  });

  const change = (patch: Partial<ContactFields>) => {
    setValues((current) => ({ ...current, ...patch }));
    autosave.schedule(patch);
  };

  const saveState =
    autosave.state === 'saving'
      ? strings.common.saving
      : autosave.state === 'saved'
        ? strings.common.saved
        : '';

  return (
    <section
      class="contact-detail"
      aria-labelledby="contact-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault(); // Escape would otherwise close the whole popup.
          onBack();
        }
      }}
    >
      <div class="toolbar">
        <button type="button" class="button button--small" ref={backRef} onClick={onBack}>
          {strings.contacts.back}
        </button>
        <p role="status" class="save-state">
          {saveState}
        </p>
      </div>
      <h2 id="contact-heading" class="contact-detail__name">
        {contactName(contact)}
      </h2>
      <ErrorAlert message={autosave.error} />
      <ContactEditor values={values} onChange={change} />
      <InvitationHistory invitations={invitations} />
    </section>
  );
}
