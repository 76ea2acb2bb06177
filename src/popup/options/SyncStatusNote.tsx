/**
 * What browser sync last reported, when there is something to tell: over quota (data kept on this device
 * only), the write-rate limit, or sync unavailable. The sentence comes from the worker, as the read-only
 * notice does; nothing is shown while all is well.
 */
import { useClient } from '../../ui/client-context';
import { useResource } from '../../ui/use-resource';

export function SyncStatusNote() {
  const client = useClient();
  const status = useResource(() => client.request({ type: 'getSyncStatus' }));
  const message = status.data?.message;
  return (
    <div role="status" class={message ? 'status' : 'status status--empty'}>
      {message && <p class="alert__message">{message}</p>}
    </div>
  );
}
