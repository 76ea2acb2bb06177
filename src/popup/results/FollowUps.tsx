/**
 * People who accepted and have not had a first message yet, each with an editable draft (the note saved
 * for after acceptance, a greeting, or any opener of the library filled in for them: DraftPicker), what
 * the user noted about them, Copy (clipboard, from this extension page) and "Mark as messaged". The
 * extension never sends anything; the badge counts this list.
 */
import { useState } from 'preact/hooks';
import type { FollowUp } from '../../shared/schema/outcomes';
import type { Opener } from '../../shared/schema/stored';
import { ErrorAlert } from '../../ui/Alert';
import { useClient, userMessage } from '../../ui/client-context';
import { TextArea } from '../../ui/fields';
import { StatusRegion } from '../../ui/StatusRegion';
import { useResource } from '../../ui/use-resource';
import { type Status, useStatus } from '../../ui/use-status';
import { DraftPicker } from './DraftPicker';
import { contextLines, defaultSource, draftFrom } from './first-message';
import { resultStrings as s } from './strings';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface ItemProps {
  followUp: FollowUp;
  openers: readonly Opener[];
  myFirstName: string;
  status: Status;
  onMessaged: (id: string) => Promise<void>;
}

function FollowUpItem({ followUp, openers, myFirstName, status, onMessaged }: ItemProps) {
  const [source, setSource] = useState(() => defaultSource(followUp));
  const [draft, setDraft] = useState(() => draftFrom(source, followUp, openers, myFirstName));
  const choose = (next: string) => {
    setSource(next);
    setDraft(draftFrom(next, followUp, openers, myFirstName));
  };
  const { invitation, contact } = followUp;
  const name = contact?.name || invitation.name || invitation.slug || '';
  const context = contextLines(followUp);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.text);
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
      <DraftPicker followUp={followUp} openers={openers} name={name} value={source} onChange={choose} />
      <TextArea
        label={s.followUps.draftLabel(name)}
        value={draft.text}
        onInput={(text) => setDraft({ text, missing: [] })}
        rows={3}
        maxLength={8000}
      />
      {draft.missing.length > 0 && (
        <p class="field__hint" role="status">
          {s.followUps.missing(draft.missing.map((variable) => `{{${variable}}}`).join(', '))}
        </p>
      )}
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

/** The openers come from the Results view, which lists them anyway; settings only for {{myFirstName}}. */
export function FollowUps({ openers }: { openers: readonly Opener[] }) {
  const client = useClient();
  const status = useStatus();
  const [error, setError] = useState<string | null>(null);
  const followUps = useResource(() => client.request({ type: 'listFollowUps' }));
  const settings = useResource(() => client.request({ type: 'getSettings' }));
  const myFirstName = settings.data?.myName ?? '';
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
              openers={openers}
              myFirstName={myFirstName}
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
