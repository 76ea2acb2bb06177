import { describe, expect, it } from 'vitest';
import {
  applyObservation,
  PROFILE_GRACE_MS,
  SENT_LIST_GRACE_MS,
} from '../../../src/background/outcomes/apply';
import type { SentInvitation } from '../../../src/shared/schema/stored';

const T = Date.UTC(2026, 2, 1);
const HOUR = 3_600_000;

function sent(slug: string, over: Partial<SentInvitation> = {}): SentInvitation {
  return {
    v: 1,
    id: `id-${slug}`,
    slug,
    name: slug,
    personalised: true,
    noteLength: 90,
    surface: 'profile',
    sentAt: T,
    status: 'pending',
    ...over,
  };
}

describe('applyObservation: profile', () => {
  it('1st degree marks the invitation accepted, once', () => {
    const [accepted] = applyObservation([sent('ana')], {
      kind: 'profile',
      slug: 'ana',
      state: 'connected',
      at: T + HOUR,
    });
    expect(accepted).toMatchObject({ status: 'accepted', statusSeenAt: T + HOUR });
    expect(
      applyObservation([accepted as SentInvitation], {
        kind: 'profile',
        slug: 'ana',
        state: 'connected',
        at: T + 2 * HOUR,
      }),
    ).toEqual([]);
  });

  it('applies to the newest invitation to that person sent before the sighting', () => {
    const older = sent('ana', { id: 'old', sentAt: T - 100 * HOUR, status: 'withdrawn' });
    const newer = sent('ana', { id: 'new' });
    const later = sent('ana', { id: 'later', sentAt: T + 5 * HOUR });
    const changed = applyObservation([older, newer, later], {
      kind: 'profile',
      slug: 'ana',
      state: 'connected',
      at: T + HOUR,
    });
    expect(changed.map((item) => item.id)).toEqual(['new']);
  });

  it('Pending confirms pending and refreshes the sighting at most hourly', () => {
    const [seen] = applyObservation([sent('ana')], {
      kind: 'profile',
      slug: 'ana',
      state: 'pending',
      at: T + HOUR,
    });
    expect(seen).toMatchObject({ status: 'pending', pendingSeenAt: T + HOUR });
    const again = applyObservation([seen as SentInvitation], {
      kind: 'profile',
      slug: 'ana',
      state: 'pending',
      at: T + HOUR + 60_000,
    });
    expect(again).toEqual([]);
  });

  it('Connect again means withdrawn, but not for a sighting that raced the send', () => {
    const racing = {
      kind: 'profile',
      slug: 'ana',
      state: 'connectable',
      at: T + PROFILE_GRACE_MS - 1,
    } as const;
    expect(applyObservation([sent('ana')], racing)).toEqual([]);
    const [gone] = applyObservation([sent('ana')], { ...racing, at: T + PROFILE_GRACE_MS });
    expect(gone?.status).toBe('withdrawn');
  });

  it('ignores people without an invitation', () => {
    expect(
      applyObservation([sent('ana')], { kind: 'profile', slug: 'bo', state: 'connected', at: T + HOUR }),
    ).toEqual([]);
  });
});

describe('applyObservation: Sent list and withdrawals', () => {
  it('people on the list stay pending; an incomplete list says nothing about the rest', () => {
    const changed = applyObservation([sent('ana'), sent('bo')], {
      kind: 'sentList',
      slugs: ['ana'],
      complete: false,
      at: T + HOUR,
    });
    expect(changed.map((item) => [item.slug, item.status, item.pendingSeenAt])).toEqual([
      ['ana', 'pending', T + HOUR],
    ]);
  });

  it('a complete list without someone marks them as having left it (unknown until the profile is seen)', () => {
    const [left] = applyObservation([sent('ana'), sent('bo', { pendingSeenAt: T + HOUR })], {
      kind: 'sentList',
      slugs: ['bo'],
      complete: true,
      at: T + HOUR + 1,
    });
    expect(left).toMatchObject({ slug: 'ana', status: 'unknown', leftSentListAt: T + HOUR + 1 });
    const [accepted] = applyObservation([left as SentInvitation], {
      kind: 'profile',
      slug: 'ana',
      state: 'connected',
      at: T + 2 * HOUR,
    });
    expect(accepted?.status).toBe('accepted');
  });

  it('does not count an invitation sent moments before the list was read as missing', () => {
    expect(
      applyObservation([sent('ana')], {
        kind: 'sentList',
        slugs: [],
        complete: true,
        at: T + SENT_LIST_GRACE_MS - 1,
      }),
    ).toEqual([]);
  });

  it('a confirmed withdrawal marks it withdrawn; accepted stays accepted', () => {
    const [withdrawn] = applyObservation([sent('ana')], { kind: 'withdrawn', slug: 'ana', at: T + 1 });
    expect(withdrawn?.status).toBe('withdrawn');
    expect(
      applyObservation([sent('ana', { status: 'accepted' })], { kind: 'withdrawn', slug: 'ana', at: T + 1 }),
    ).toEqual([]);
  });
});
