/**
 * How each stored invitation counts in the results. Outcomes are only learnt from pages the user opens,
 * so a status is what was last SEEN; these rules turn that into a yes, a no, or "not countable yet".
 *
 * - yes: accepted (the profile showed 1st degree).
 * - no: withdrawn (by the user, or Connect came back), or still pending DECISION_DAYS after sending.
 *   Most acceptances come within days; a rate that waited for every open invitation would never settle.
 *   If a "no" is accepted later, it turns into a yes the next time the profile is opened.
 * - open: pending and younger than DECISION_DAYS. Not counted yet.
 * - unsettled: it left the Sent list but its profile has not been seen since. It may be accepted or
 *   withdrawn elsewhere; counting it either way would bias the rate, so it is left out and shown.
 *
 * EXPIRY_DAYS: LinkedIn does not publish when an unanswered invitation lapses; reports vary and the Sent
 * page still lists invitations "Sent 5 months ago". We call a pending invitation `unknown` after six
 * months without a fresh sighting: long enough to outlast every reported lapse, so nothing still open
 * is relabelled, while the list of "pending" stops growing forever.
 */
import type { SentInvitation } from '../schema/stored';

const DAY_MS = 86_400_000;
export const DECISION_DAYS = 14;
export const EXPIRY_DAYS = 180;
/** A pending sighting this recent keeps an old invitation pending. */
const RECENT_SIGHTING_DAYS = 14;

export type Verdict = 'yes' | 'no' | 'open' | 'unsettled';
export type ShownStatus = SentInvitation['status'];

/** The status to show: a stored `pending` becomes `unknown` once it is past EXPIRY_DAYS and unseen. */
export function shownStatus(invitation: SentInvitation, now: number): ShownStatus {
  if (invitation.status !== 'pending') return invitation.status;
  const expired = now - invitation.sentAt > EXPIRY_DAYS * DAY_MS;
  const seenLately =
    invitation.pendingSeenAt !== undefined && now - invitation.pendingSeenAt < RECENT_SIGHTING_DAYS * DAY_MS;
  return expired && !seenLately ? 'unknown' : 'pending';
}

export function verdict(invitation: SentInvitation, now: number): Verdict {
  if (invitation.status === 'accepted') return 'yes';
  if (invitation.status === 'withdrawn') return 'no';
  if (invitation.status === 'unknown' && invitation.leftSentListAt !== undefined) return 'unsettled';
  return now - invitation.sentAt >= DECISION_DAYS * DAY_MS ? 'no' : 'open';
}

/** What is known of how long an acceptance took, in days: it came after `lowDays` and by `highDays`. */
export interface AcceptWindow {
  lowDays: number;
  highDays: number;
}

/**
 * Acceptances are only learnt on pages the user opens, so the time to accept is known as a window: after
 * the last time the invitation was seen pending (or its sending), and no later than the first time it
 * was seen accepted or, if earlier, the time it was first missing from the Sent list. The last pending
 * sighting is stored at most hourly (background/outcomes/apply.ts), which only widens the window.
 */
export function acceptWindow(invitation: SentInvitation): AcceptWindow | undefined {
  if (invitation.status !== 'accepted' || invitation.statusSeenAt === undefined) return undefined;
  const known = Math.min(invitation.statusSeenAt, invitation.leftSentListAt ?? Number.POSITIVE_INFINITY);
  const highDays = Math.max(0, (known - invitation.sentAt) / DAY_MS);
  const lastPending = invitation.pendingSeenAt ?? invitation.sentAt;
  const lowDays = Math.min(highDays, Math.max(0, (lastPending - invitation.sentAt) / DAY_MS));
  return { lowDays, highDays };
}
