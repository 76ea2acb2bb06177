/**
 * The small prompt shown instead of an instant, note-less invitation (My Network's "People you may
 * know" cards send the moment Connect is clicked). Three ways out, none of them a send the user did not ask for.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface ConnectPromptProps {
  name: string;
  /** Absent when the card links to no profile: then only sending or dismissing is offered. */
  onOpenProfile?: () => void;
  onSendWithoutNote: () => void;
  onStopAsking: () => void;
  onClose: () => void;
}

export function ConnectPrompt(props: ConnectPromptProps) {
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.querySelector('button')?.focus(), []);
  return (
    <section
      ref={section}
      class="pt pt-prompt"
      aria-label="Personal Touch"
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <p class="pt-prompt-text">
        {`From here LinkedIn sends your invitation to ${props.name} at once, with no note. People accept invitations with a personal note more often.`}
      </p>
      <div class="pt-actions">
        {props.onOpenProfile ? (
          <button type="button" class="primary" onClick={props.onOpenProfile}>
            Open profile to add a note
          </button>
        ) : null}
        <button type="button" onClick={props.onSendWithoutNote}>
          Send without a note
        </button>
        <button type="button" onClick={props.onStopAsking}>
          Don't ask again on this page
        </button>
      </div>
    </section>
  );
}
