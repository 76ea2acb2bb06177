/** Everything the composer panel needs for one dialog, read in one store operation. */
import { z } from 'zod/mini';
import type { PanelData } from '../shared/schema/messages';
import { type Opener, SCHEMA_VERSION, type SentInvitation } from '../shared/schema/stored';
import { getContact } from './store/contacts';
import { listInvitationsSince } from './store/invitations';
import { KEYS, monthOf } from './store/keys';
import { isOpenerListKey, listOpeners } from './store/openers';
import {
  decodePanelOpeners,
  PANEL_OPENER_LIMIT,
  PANEL_OPENERS_TAG,
  panelOpenersItem,
  selectPanelOpeners,
  OPENER_TOTAL_TAG as TOTAL_TAG,
} from './store/panel-openers';
import type { StoreSession } from './store/session';
import { getSettings } from './store/settings';
import { readOnlyNotice } from './store/status';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
/** The library's size recorded with `openers:panel` (its openers are checked by decodePanelOpeners). */
const ProjectionTotalSchema = z.object({ total: z.number() });

/** Fingerprints of notes sent in the last 30 days, in the (newest first) order given. */
export const recentFingerprints = (invitations: readonly SentInvitation[], now: number): string[] =>
  invitations.flatMap((invitation) =>
    invitation.sentAt >= now - THIRTY_DAYS_MS && invitation.fingerprint ? [invitation.fingerprint] : [],
  );

export const personalisedInMonthOf = (invitations: readonly SentInvitation[], now: number): number =>
  invitations.filter((invitation) => invitation.personalised && monthOf(invitation.sentAt) === monthOf(now))
    .length;

function startOfMonth(now: number): number {
  const date = new Date(now);
  date.setDate(1);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * The openers the panel offers: from the read cache, else `openers:panel` (~50 openers parsed with zod),
 * else chosen from the full list, with the rebuilt projection staged like a repair.
 */
export async function listPanelOpeners(session: StoreSession): Promise<Opener[]> {
  const openers = await session.cache.memo(PANEL_OPENERS_TAG, isOpenerListKey, async () => {
    const stored = await session.get([KEYS.panelOpeners, KEYS.openerIndex]);
    const rawIndex = stored[KEYS.openerIndex];
    const trusted = decodePanelOpeners(stored[KEYS.panelOpeners], rawIndex);
    const recorded = ProjectionTotalSchema.safeParse(stored[KEYS.panelOpeners]);
    if (trusted && recorded.success) {
      session.cache.put(TOTAL_TAG, isOpenerListKey, recorded.data.total);
      return trusted;
    }
    const sorted = await listOpeners(session);
    // A full read of the records stages its own projection, stamped with the index it repaired. Served
    // from the snapshot, the list belongs to the index as read. A newer record is never copied.
    const staged = session.hasStaged(KEYS.panelOpeners);
    if (!staged && sorted.every((opener) => opener.v <= SCHEMA_VERSION)) {
      const item = panelOpenersItem(sorted, rawIndex);
      session.stageRepair(KEYS.panelOpeners, item[KEYS.panelOpeners]);
    }
    session.cache.put(TOTAL_TAG, isOpenerListKey, sorted.length);
    return selectPanelOpeners(sorted);
  });
  return [...openers];
}

/**
 * How many openers the library holds, so the panel knows when to offer a search for the rest. Fewer
 * than the limit offered means all of them; otherwise it is cached with the panel's openers, and after
 * an opener write (which caches those but not this) read back from the projection's `total`, else
 * counted on the full list.
 */
export async function countOpeners(session: StoreSession, offered: readonly Opener[]): Promise<number> {
  if (offered.length < PANEL_OPENER_LIMIT) return offered.length;
  return session.cache.memo(TOTAL_TAG, isOpenerListKey, async () => {
    const stored = await session.get([KEYS.panelOpeners]);
    const recorded = ProjectionTotalSchema.safeParse(stored[KEYS.panelOpeners]);
    return recorded.success ? recorded.data.total : (await listOpeners(session)).length;
  });
}

export async function loadPanelData(session: StoreSession, slug: string | undefined): Promise<PanelData> {
  const now = session.now();
  // A month can have started more than 30 days ago, so read back to whichever is earlier.
  const since = Math.min(now - THIRTY_DAYS_MS, startOfMonth(now));
  const [[openers, openerTotal], settings, contact, invitations] = await Promise.all([
    // In turn: listing the openers caches their count, or the full list the count falls back on.
    listPanelOpeners(session).then(
      async (openers) => [openers, await countOpeners(session, openers)] as const,
    ),
    getSettings(session),
    slug === undefined ? null : getContact(session, slug),
    listInvitationsSince(session, since),
  ]);
  return {
    openers,
    openerTotal,
    settings,
    contact,
    recentFingerprints: recentFingerprints(invitations, now),
    personalisedThisMonth: personalisedInMonthOf(invitations, now),
    ...(session.readOnly ? { readOnlyNotice: readOnlyNotice(session) ?? '' } : {}),
  };
}
