/**
 * The action badge: how many people accepted and have not had a first message yet. Recomputed when an
 * invitation bucket changes (any writer: a sighting, "messaged", an import, an erase) and at start-up.
 * The only outcome code that touches `browser`, so everything else stays testable without it.
 */
import browser from 'webextension-polyfill';
import type { Store } from '../store';
import { INVITATION_PREFIX } from '../store/keys';
import { awaitingMessage, listAccepted } from './store';

const BADGE_COLOUR = '#0a66c2';

export async function refreshBadge(store: Store): Promise<void> {
  try {
    const count = awaitingMessage(await store.run((session) => listAccepted(session)));
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  } catch (error) {
    // A badge is a hint; failing to set it must not disturb anything else.
    console.warn('[personal-touch] badge update failed', error instanceof Error ? error.name : typeof error);
  }
}

/** Registers the storage listener synchronously (service-worker rule) and sets the badge once. */
export function watchBadge(store: Store): void {
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((key) => key.startsWith(INVITATION_PREFIX))) void refreshBadge(store);
  });
  void refreshBadge(store);
}
