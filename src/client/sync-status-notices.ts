/**
 * The worker's "sync status changed" notice, for extension pages (src/background/sync/status-notice.ts
 * says why the worker pushes a notice). Each message a page receives is parsed with the shared schema;
 * the others it sees on runtime.onMessage (e.g. the popup's requests to the worker) are left unanswered,
 * so the worker still answers them.
 */
import { SyncStatusChangedSchema } from '../shared/schema/status';
import { onTabMessage } from './tab-messages';

/** Calls `onChange` at each notice until `signal` aborts; nothing happens without an extension context. */
export function onSyncStatusChanged(onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  onTabMessage((message) => {
    if (SyncStatusChangedSchema.safeParse(message).success) onChange();
    return undefined;
  }, signal);
}
