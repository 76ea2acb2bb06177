/** What was sent to one person, newest first: date, whether it had a personal note, and its status. */
import type { SentInvitation } from '../../shared/schema/stored';
import { strings } from '../../ui/strings';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function InvitationHistory({ invitations }: { invitations: readonly SentInvitation[] }) {
  const newestFirst = [...invitations].sort((a, b) => b.sentAt - a.sentAt);
  return (
    <section class="history" aria-labelledby="history-heading">
      <h3 id="history-heading" class="history__heading">
        {strings.contacts.sentHeading}
      </h3>
      {newestFirst.length === 0 ? (
        <p class="empty">{strings.contacts.noneSent}</p>
      ) : (
        <ul class="history__list">
          {newestFirst.map((invitation) => (
            <li key={invitation.id} class="history__item">
              <time dateTime={new Date(invitation.sentAt).toISOString()}>
                {dateFormat.format(invitation.sentAt)}
              </time>
              <span>
                {invitation.personalised
                  ? strings.contacts.personalised(invitation.noteLength)
                  : strings.contacts.withoutNote}
              </span>
              <span class={`pill pill--${invitation.status}`}>
                {strings.contacts.status[invitation.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
