/**
 * Outcome requests against the store: record a sighting, list who accepted, mark "messaged".
 * Invitations stay in their month buckets (store/keys.ts); only the buckets holding a changed
 * invitation are rewritten, each in the one `set` call.
 */
import type { FollowUp, Observation } from '../../shared/schema/outcomes';
import { type SentInvitation, SentInvitationSchema } from '../../shared/schema/stored';
import { getContact } from '../store/contacts';
import { INVITATION_PREFIX, invitationBucketKey, KEYS, normaliseSlug } from '../store/keys';
import { readIndex, readRecordList } from '../store/records';
import type { StoreSession } from '../store/session';
import { applyObservation } from './apply';

interface Bucket {
  key: string;
  invitations: SentInvitation[];
}

/** Same cache tags as store/invitations.ts, so both share one parsed copy of each bucket. */
async function readBuckets(session: StoreSession): Promise<Bucket[]> {
  const months = await readIndex(session, KEYS.invitationIndex, INVITATION_PREFIX);
  return Promise.all(
    months.map(invitationBucketKey).map(async (key) => ({
      key,
      invitations: await session.cache.memo(
        key,
        (written) => written === key,
        async () => {
          const raw = (await session.get([key]))[key];
          const now = session.now();
          return readRecordList(session, key, raw, SentInvitationSchema, (index) => ({
            id: `${key}#${index}`,
            sentAt: now,
          }));
        },
      ),
    })),
  );
}

async function writeChanged(
  session: StoreSession,
  buckets: Bucket[],
  changed: SentInvitation[],
): Promise<void> {
  const byId = new Map(changed.map((invitation) => [invitation.id, invitation]));
  const items: Record<string, unknown> = {};
  for (const bucket of buckets) {
    if (!bucket.invitations.some((invitation) => byId.has(invitation.id))) continue;
    items[bucket.key] = bucket.invitations.map((invitation) => byId.get(invitation.id) ?? invitation);
  }
  if (Object.keys(items).length > 0) await session.set(items);
}

export async function recordObservation(
  session: StoreSession,
  observation: Observation,
): Promise<{ changed: number }> {
  // A page's clock is not trusted to be ahead of the worker's: a sighting cannot come from the future.
  const at = Math.min(observation.at, session.now());
  const normalised: Observation =
    observation.kind === 'sentList'
      ? { ...observation, at, slugs: observation.slugs.map(normaliseSlug) }
      : { ...observation, at, slug: normaliseSlug(observation.slug) };
  const buckets = await readBuckets(session);
  const changed = applyObservation(
    buckets.flatMap((bucket) => bucket.invitations),
    normalised,
  );
  await writeChanged(session, buckets, changed);
  return { changed: changed.length };
}

/** Accepted invitations, newest acceptance first. */
export async function listAccepted(session: StoreSession): Promise<SentInvitation[]> {
  return (await readBuckets(session))
    .flatMap((bucket) => bucket.invitations)
    .filter((invitation) => invitation.status === 'accepted')
    .sort((a, b) => (b.statusSeenAt ?? b.sentAt) - (a.statusSeenAt ?? a.sentAt));
}

/** Accepted invitations, each with the contact's saved notes (afterAcceptNote, howWeMet…). */
export async function listFollowUps(session: StoreSession): Promise<FollowUp[]> {
  const accepted = await listAccepted(session);
  return Promise.all(
    accepted.map(async (invitation) => ({
      invitation,
      contact: invitation.slug ? await getContact(session, invitation.slug) : null,
    })),
  );
}

export async function markMessaged(
  session: StoreSession,
  id: string,
  messaged: boolean,
): Promise<SentInvitation | null> {
  const buckets = await readBuckets(session);
  const found = buckets.flatMap((bucket) => bucket.invitations).find((invitation) => invitation.id === id);
  if (!found) return null;
  const { messagedAt: _cleared, ...rest } = found;
  const updated: SentInvitation = messaged ? { ...rest, messagedAt: session.now() } : rest;
  await writeChanged(session, buckets, [updated]);
  return updated;
}

/** How many accepted people have not had their first message yet: the action badge's number. */
export const awaitingMessage = (invitations: readonly SentInvitation[]): number =>
  invitations.filter((invitation) => invitation.status === 'accepted' && invitation.messagedAt === undefined)
    .length;
