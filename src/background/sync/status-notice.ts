/**
 * Tells the extension's open pages (the options page) that the sync status they show has changed, so
 * they ask `getSyncStatus` again instead of keeping a stale sentence until reloaded.
 *
 * Why a notice from the worker rather than pages listening to storage.onChanged for `sync:status`: it is
 * sent only when what a page shows changes (state or message), not on every pass's new timestamp; pages
 * stay unaware of the worker's storage layout; and a storage listener in a page would be handed the old
 * and new values of every local write (the opener snapshot alone is hundreds of KB in a big library, an
 * import rewrites it all) only to look for one key. The notice carries no status: pages ask the worker.
 *
 * The only code here that touches `runtime`, natively (`browser.*` in Firefox, `chrome.*` in Chrome, as
 * src/client/lean.ts does), so the sync modules that import it load without a browser in unit tests.
 */
import type { SyncStatus, SyncStatusChanged } from '../../shared/schema/status';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

function runtime(): Runtime | undefined {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** The part of a status that pages show; `recorded` is the raw stored value, possibly absent or damaged. */
function shownPart(recorded: unknown): string {
  const { state = null, message = null } =
    typeof recorded === 'object' && recorded !== null
      ? (recorded as { state?: unknown; message?: unknown })
      : {};
  return JSON.stringify([state, message]);
}

export function changesWhatPagesShow(recorded: unknown, next: SyncStatus): boolean {
  return shownPart(recorded) !== shownPart(next);
}

/**
 * Fire and forget, failing open: with no extension page open, sendMessage rejects ("Receiving end does
 * not exist"), and a page that does not answer makes it reject too; neither is a problem for sync.
 */
export function announceSyncStatusChange(): void {
  const notice: SyncStatusChanged = { type: 'syncStatusChanged' };
  try {
    Promise.resolve(runtime()?.sendMessage(notice)).catch(() => undefined);
  } catch {
    // No extension context (the worker being shut down): there is no page to tell.
  }
}
