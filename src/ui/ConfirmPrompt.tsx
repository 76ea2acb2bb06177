/**
 * An inline confirmation (used for "discard unsaved changes?"). It takes focus on the safe choice,
 * so a stray Enter keeps the user's work.
 */
import { useEffect, useId, useRef } from 'preact/hooks';

interface ConfirmPromptProps {
  title: string;
  body: string;
  safeLabel: string;
  riskyLabel: string;
  onSafe: () => void;
  onRisky: () => void;
}

export function ConfirmPrompt({ title, body, safeLabel, riskyLabel, onSafe, onRisky }: ConfirmPromptProps) {
  const id = useId();
  const safeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => safeRef.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} class="confirm">
      <p id={`${id}-title`} class="confirm__title">
        {title}
      </p>
      <p id={`${id}-body`} class="confirm__body">
        {body}
      </p>
      <div class="confirm__actions">
        <button type="button" class="button" ref={safeRef} onClick={onSafe}>
          {safeLabel}
        </button>
        <button type="button" class="button button--danger" onClick={onRisky}>
          {riskyLabel}
        </button>
      </div>
    </div>
  );
}
