/**
 * What browser sync last reported, when there is something to tell: over quota (data kept on this device
 * only), the write-rate limit, or sync unavailable. The sentence comes from the worker, as the read-only
 * notice does; nothing is shown while all is well.
 *
 * It follows changes while the page is open: the worker sends a notice when the status it records changes
 * (src/background/sync/status-notice.ts) and the note asks again. The live region stays in the DOM and only
 * its sentence changes, so screen readers announce it politely (role="status"); an answer with the same
 * sentence renders nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { onSyncStatusChanged } from '../../client/sync-status-notices';
import { useClient } from '../../ui/client-context';

function useSyncMessage(): string | null {
  const client = useClient();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const closed = new AbortController();
    let latest = 0;
    const ask = () => {
      const asked = ++latest;
      client.request({ type: 'getSyncStatus' }).then(
        // Only the latest question's answer, and none once the note is gone. Same sentence: no render.
        (status) => {
          if (asked === latest && !closed.signal.aborted) setMessage(status.message);
        },
        // Fail open: keep what is shown; the next notice asks again.
        () => undefined,
      );
    };
    onSyncStatusChanged(ask, closed.signal);
    ask();
    return () => closed.abort();
  }, [client]);
  return message;
}

export function SyncStatusNote() {
  const message = useSyncMessage();
  return (
    <div role="status" class={message ? 'status' : 'status status--empty'}>
      {message && <p class="alert__message">{message}</p>}
    </div>
  );
}
