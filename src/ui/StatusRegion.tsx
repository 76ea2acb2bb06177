/**
 * A polite live region for news that should not interrupt: "Deleted …" with its Undo, "Saved …".
 * It stays mounted and empty between messages so assistive technology reliably announces changes.
 */
import { useEffect } from 'preact/hooks';

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
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onExpire, durationMs);
    return () => clearTimeout(timer);
  }, [message, onExpire, durationMs]);

  return (
    <div role="status" aria-live="polite" class={message ? 'status' : 'status status--empty'}>
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
