/**
 * People who accepted and have not had a first message yet, each with an editable draft (the note saved
 * for after acceptance, or a greeting), what the user noted about them, Copy (clipboard, from this
 * extension page) and "Mark as messaged". The extension never sends anything; the badge counts this list.
 */
import { useState } from 'preact/hooks';
import type { FollowUp } from '../../shared/schema/outcomes';
import { ErrorAlert } from '../../ui/Alert';
import { useClient, userMessage } from '../../ui/client-context';
import { TextArea } from '../../ui/fields';
import { StatusRegion } from '../../ui/StatusRegion';
import { useResource } from '../../ui/use-resource';
import { type Status, useStatus } from '../../ui/use-status';
import { contextLines, firstMessageDraft } from './first-message';
import { resultStrings as s } from './strings';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface ItemProps {
  followUp: FollowUp;
  status: Status;
  onMessaged: (id: string) => Promise<void>;
}

function FollowUpItem({ followUp, status, onMessaged }: ItemProps) {
  const [draft, setDraft] = useState(() => firstMessageDraft(followUp));
  const { invitation, contact } = followUp;
  const name = contact?.name || invitation.name || invitation.slug || '';
  const context = contextLines(followUp);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      status.show(s.followUps.copied(name));
    } catch {
      status.show(s.followUps.copyFailed);
    }
  };
  return (
    <li class="followup" data-slug={invitation.slug}>
      <p class="followup__name">
        <strong>{name}</strong>{' '}
        <span class="pill pill--accepted">
          {s.followUps.acceptedOn(dateFormat.format(invitation.statusSeenAt ?? invitation.sentAt))}
        </span>{' '}
        {invitation.slug && (
          <a href={`https://www.linkedin.com/in/${invitation.slug}/`} target="_blank" rel="noreferrer">
            {s.followUps.profile}
          </a>
        )}
      </p>
      {context.length > 0 && (
        <p class="field__hint">
          {s.followUps.context}: {context.join(' · ')}
        </p>
      )}
      <TextArea
        label={s.followUps.draftLabel(name)}
        value={draft}
        onInput={setDraft}
        rows={3}
        maxLength={8000}
      />
      <div class="toolbar">
        <button type="button" class="button button--small button--primary" onClick={copy}>
          {s.followUps.copy}
        </button>
        <button type="button" class="button button--small" onClick={() => onMessaged(invitation.id)}>
          {s.followUps.markMessaged}
        </button>
      </div>
    </li>
  );
}

export function FollowUps() {
  const client = useClient();
  const status = useStatus();
  const [error, setError] = useState<string | null>(null);
  const followUps = useResource(() => client.request({ type: 'listFollowUps' }));
  const waiting = (followUps.data ?? []).filter((item) => item.invitation.messagedAt === undefined);
  const markMessaged = async (id: string) => {
    try {
      await client.request({ type: 'markMessaged', id, messaged: true });
      const item = waiting.find((candidate) => candidate.invitation.id === id);
      followUps.setData((current) => (current ?? []).filter((candidate) => candidate.invitation.id !== id));
      status.show(s.followUps.marked(item?.contact?.name || item?.invitation.name || ''));
    } catch (failure) {
      setError(userMessage(failure));
    }
  };
  return (
    <section class="card followups" aria-labelledby="followups-heading">
      <h2 id="followups-heading" class="card__heading">
        {s.followUps.heading}
      </h2>
      <p class="field__hint">{s.followUps.intro}</p>
      <ErrorAlert
        message={followUps.error ?? error}
        onRetry={followUps.reload}
        onDismiss={() => setError(null)}
      />
      {followUps.data && waiting.length === 0 && <p class="empty">{s.followUps.none}</p>}
      {waiting.length > 0 && (
        <ul class="followups__list">
          {waiting.map((followUp) => (
            <FollowUpItem
              key={followUp.invitation.id}
              followUp={followUp}
              status={status}
              onMessaged={markMessaged}
            />
          ))}
        </ul>
      )}
      <StatusRegion message={status.message} onExpire={status.clear} />
    </section>
  );
}
