/**
 * A polite live region for news that should not interrupt: "Deleted …" with its Undo, "Saved …".
 * It stays mounted and empty between messages so assistive technology reliably announces changes.
 * The message does not expire while focus or the pointer is on it, so Undo never vanishes under
 * the user (WCAG 2.2.1, timing adjustable).
 */
import { useEffect, useState } from 'preact/hooks';

export interface StatusMessage {
  text: string;
  action?: { label: string; run: () => void };
  /** Bumped for each message so the same text twice still restarts the timer. */
  key: number;
}

interface StatusRegionProps {
  message: StatusMessage | null;
  onExpire: () => void;
  durationMs?: number;
}

export function StatusRegion({ message, onExpire, durationMs = 8000 }: StatusRegionProps) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const held = focused || hovered;

  useEffect(() => {
    if (!message || held) return;
    const timer = setTimeout(onExpire, durationMs);
    return () => clearTimeout(timer);
  }, [message, held, onExpire, durationMs]);

  return (
    <div
      role="status"
      aria-live="polite"
      class={message ? 'status' : 'status status--empty'}
      onFocusIn={() => setFocused(true)}
      onFocusOut={() => setFocused(false)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {message && (
        <>
          <span class="status__text">{message.text}</span>
          {message.action && (
            <button type="button" class="button button--small" onClick={message.action.run}>
              {message.action.label}
            </button>
          )}
        </>
      )}
    </div>
  );
}
