/** Sent invitations: one list per calendar month plus a month index (see keys.ts). Never holds note text. */
import { type InvitationDraft, type SentInvitation, SentInvitationSchema } from '../../shared/schema/stored';
import { INVITATION_PREFIX, invitationBucketKey, KEYS, monthOf, monthsBetween } from './keys';
import { readIndex, readRecordList } from './records';
import type { StoreSession } from './session';

const newestFirst = (a: SentInvitation, b: SentInvitation): number => b.sentAt - a.sentAt;

async function readBucket(session: StoreSession, key: string): Promise<SentInvitation[]> {
  const raw = (await session.get([key]))[key];
  const now = session.now();
  return readRecordList(session, key, raw, SentInvitationSchema, (index) => ({
    id: `${key}#${index}`,
    sentAt: now,
  }));
}

/** Buckets are served from the read cache until written; the panel reads the same two all month. */
async function readBuckets(session: StoreSession, months: readonly string[]): Promise<SentInvitation[]> {
  const buckets = await Promise.all(
    months.map(invitationBucketKey).map((key) =>
      session.cache.memo(
        key,
        (written) => written === key,
        () => readBucket(session, key),
      ),
    ),
  );
  return buckets.flat();
}

export async function recordInvitation(
  session: StoreSession,
  draft: InvitationDraft,
): Promise<SentInvitation> {
  const invitation = SentInvitationSchema.parse({ ...draft, id: crypto.randomUUID(), status: 'pending' });
  const month = monthOf(invitation.sentAt);
  const months = await readIndex(session, KEYS.invitationIndex, INVITATION_PREFIX);
  const bucket = await readBuckets(session, [month]);
  const items: Record<string, unknown> = { [invitationBucketKey(month)]: [...bucket, invitation] };
  if (!months.includes(month)) items[KEYS.invitationIndex] = [...months, month].sort();
  await session.set(items);
  return invitation;
}

export async function listInvitations(session: StoreSession): Promise<SentInvitation[]> {
  const months = await readIndex(session, KEYS.invitationIndex, INVITATION_PREFIX);
  return (await readBuckets(session, months)).sort(newestFirst);
}

/** Invitations sent from `sinceMs` on, newest first; reads only the buckets of the months involved. */
export async function listInvitationsSince(
  session: StoreSession,
  sinceMs: number,
): Promise<SentInvitation[]> {
  const buckets = await readBuckets(session, monthsBetween(sinceMs, session.now()));
  return buckets.filter((invitation) => invitation.sentAt >= sinceMs).sort(newestFirst);
}
