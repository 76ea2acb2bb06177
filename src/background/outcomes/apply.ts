/**
 * Pure: what one sighting on a page the user opened means for the stored invitations.
 *
 * - Profile shows 1st degree (Message, no Connect/Pending) → the newest invitation to that person is
 *   accepted. A connection can only exist once one side accepted, so this alone is conclusive.
 * - Profile shows Pending, or the person is on the Sent list → still pending.
 * - Profile shows Connect again, or the user confirmed a withdrawal → withdrawn (an expired invitation
 *   also brings Connect back; both mean "no longer open, not accepted").
 * - A complete Sent list without the person → `unknown` with `leftSentListAt`: accepted or withdrawn
 *   elsewhere; the next profile visit settles it (facts.md §7.2: absence AND 1st degree means accepted).
 *   One page of a longer list says the same of invitations sent within the span its cards' ages cover
 *   (sent-span.ts); of any other invitation it says nothing.
 *
 * Grace periods keep a sighting from overtaking the send it raced with: a page read just before (or
 * rendered from data fetched before) the invitation left cannot say anything about it.
 */
import type { Observation } from '../../shared/schema/outcomes';
import type { SentInvitation } from '../../shared/schema/stored';
import { coveredSpan, inSpan } from './sent-span';

export const PROFILE_GRACE_MS = 60_000;
export const SENT_LIST_GRACE_MS = 10 * 60_000;
/** Re-sightings of a pending invitation are stored at most hourly, to spare writes on every visit. */
const PENDING_REFRESH_MS = 60 * 60_000;

const isOpen = (invitation: SentInvitation): boolean =>
  invitation.status === 'pending' || invitation.status === 'unknown';

/** The newest invitation to `slug` sent no later than `at`: older ones were superseded by it. */
export function latestTo(
  invitations: readonly SentInvitation[],
  slug: string,
  at: number,
): SentInvitation | undefined {
  let latest: SentInvitation | undefined;
  for (const invitation of invitations) {
    // Slugs from older records may keep their case; LinkedIn treats /in/Ana and /in/ana alike.
    if (invitation.slug?.toLowerCase() !== slug || invitation.sentAt > at) continue;
    if (!latest || invitation.sentAt > latest.sentAt) latest = invitation;
  }
  return latest;
}

/**
 * latestTo for every person at once, in one pass: a Sent page sighting is checked against all stored
 * invitations, and one latestTo per person would cost N² (seconds with a few thousand invitations).
 */
function latestPerPerson(invitations: readonly SentInvitation[], at: number): Map<string, SentInvitation> {
  const latest = new Map<string, SentInvitation>();
  for (const invitation of invitations) {
    const slug = invitation.slug?.toLowerCase();
    if (!slug || invitation.sentAt > at) continue;
    const current = latest.get(slug);
    if (!current || invitation.sentAt > current.sentAt) latest.set(slug, invitation);
  }
  return latest;
}

function seenPending(invitation: SentInvitation, at: number): SentInvitation | undefined {
  if (!isOpen(invitation)) return undefined;
  const fresh = invitation.pendingSeenAt !== undefined && at - invitation.pendingSeenAt < PENDING_REFRESH_MS;
  if (invitation.status === 'pending' && fresh) return undefined;
  const { leftSentListAt: _dropped, ...rest } = invitation;
  const statusSeenAt = invitation.status === 'pending' ? invitation.statusSeenAt : at;
  return { ...rest, status: 'pending', pendingSeenAt: at, ...(statusSeenAt ? { statusSeenAt } : {}) };
}

const settle = (
  invitation: SentInvitation,
  status: 'accepted' | 'withdrawn',
  at: number,
): SentInvitation => ({
  ...invitation,
  status,
  statusSeenAt: at,
});

function fromProfile(target: SentInvitation, state: string, at: number): SentInvitation | undefined {
  if (state === 'connected') return target.status === 'accepted' ? undefined : settle(target, 'accepted', at);
  if (state === 'pending') return seenPending(target, at);
  const oldEnough = at - target.sentAt >= PROFILE_GRACE_MS;
  return isOpen(target) && oldEnough ? settle(target, 'withdrawn', at) : undefined;
}

type SentListObservation = Extract<Observation, { kind: 'sentList' }>;

/** Whether the list, as far as this sighting shows it, would hold an open invitation sent at `sentAt`. */
function speaksFor(observation: SentListObservation): (sentAt: number) => boolean {
  if (observation.complete) return () => true;
  const { ages, top, at } = observation;
  const span =
    ages && ages.length === observation.slugs.length ? coveredSpan(ages, top === true, at) : undefined;
  return (sentAt) => inSpan(span, sentAt);
}

function fromSentList(
  invitations: readonly SentInvitation[],
  observation: SentListObservation,
): SentInvitation[] {
  const { at } = observation;
  const slugs = new Set(observation.slugs);
  const covers = speaksFor(observation);
  const changed: SentInvitation[] = [];
  for (const invitation of latestPerPerson(invitations, at).values()) {
    if (invitation.slug && slugs.has(invitation.slug.toLowerCase())) {
      const update = seenPending(invitation, at);
      if (update) changed.push(update);
    } else if (
      invitation.status === 'pending' &&
      at - invitation.sentAt >= SENT_LIST_GRACE_MS &&
      covers(invitation.sentAt)
    ) {
      changed.push({ ...invitation, status: 'unknown', statusSeenAt: at, leftSentListAt: at });
    }
  }
  return changed;
}

/** The invitations this sighting changes (new objects); an empty list when it changes nothing. */
export function applyObservation(
  invitations: readonly SentInvitation[],
  observation: Observation,
): SentInvitation[] {
  const { at } = observation;
  if (observation.kind === 'sentList') {
    return fromSentList(invitations, observation);
  }
  const target = latestTo(invitations, observation.slug, at);
  if (!target) return [];
  const update =
    observation.kind === 'withdrawn'
      ? isOpen(target)
        ? settle(target, 'withdrawn', at)
        : undefined
      : fromProfile(target, observation.state, at);
  return update ? [update] : [];
}
