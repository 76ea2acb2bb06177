/** An error the user should see now: announced assertively, with a way to dismiss or retry. */
import { strings } from './strings';

interface ErrorAlertProps {
  message: string | null;
  onDismiss?: () => void;
  onRetry?: () => void;
}

export function ErrorAlert({ message, onDismiss, onRetry }: ErrorAlertProps) {
  // The alert container stays mounted so screen readers notice the message appearing inside it.
  return (
    <div role="alert" class={message ? 'alert' : 'alert alert--empty'}>
      {message && (
        <>
          <p class="alert__message">{message}</p>
          <div class="alert__actions">
            {onRetry && (
              <button type="button" class="button button--small" onClick={onRetry}>
                {strings.common.retry}
              </button>
            )}
            {onDismiss && (
              <button type="button" class="button button--small button--quiet" onClick={onDismiss}>
                {strings.common.dismiss}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
