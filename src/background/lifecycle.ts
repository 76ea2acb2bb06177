/** Install and update: migrate (and on a fresh profile seed) right away rather than on first use. */
import type { Store } from './store';

export async function onInstalledOrUpdated(store: Store, reason: string): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  try {
    await store.run(async () => undefined);
  } catch (error) {
    // Not fatal: the next request prepares the store again.
    console.warn('[personal-touch] preparing storage failed', {
      reason,
      error: error instanceof Error ? error.name : typeof error,
    });
  }
}
