/**
 * The small prompt shown instead of an instant, note-less invitation (My Network's "People you may
 * know" cards send the moment Connect is clicked). Three ways out, none of them a send the user did not ask for.
 */
import { useEffect, useRef } from 'preact/hooks';
import { text } from '../i18n';

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
  const t = text.prompt;
  useEffect(() => section.current?.querySelector('button')?.focus(), []);
  return (
    <section
      ref={section}
      class="pt pt-prompt"
      aria-label="Personal Touch"
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <p class="pt-prompt-text">{t.text(props.name)}</p>
      <div class="pt-actions">
        {props.onOpenProfile ? (
          <button type="button" class="primary" onClick={props.onOpenProfile}>
            {t.openProfile}
          </button>
        ) : null}
        <button type="button" onClick={props.onSendWithoutNote}>
          {t.sendWithoutNote}
        </button>
        <button type="button" onClick={props.onStopAsking}>
          {t.stopAsking}
        </button>
      </div>
    </section>
  );
}
