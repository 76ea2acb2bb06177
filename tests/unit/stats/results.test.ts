import { describe, expect, it } from 'vitest';
import type { SentInvitation } from '../../../src/shared/schema/stored';
import {
  computeResults,
  DECISION_DAYS,
  lengthBand,
  MIN_COUNT,
  OWN_WORDS,
  shownStatus,
  verdict,
} from '../../../src/shared/stats';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
let next = 0;

function invitation(over: Partial<SentInvitation> = {}): SentInvitation {
  next += 1;
  return {
    v: 1,
    id: `i${next}`,
    slug: `person-${next}`,
    name: '',
    personalised: true,
    noteLength: 120,
    surface: 'profile',
    sentAt: NOW - 30 * DAY,
    status: 'pending',
    ...over,
  };
}

describe('verdict and shown status', () => {
  it('counts accepted as yes and withdrawn as no', () => {
    expect(verdict(invitation({ status: 'accepted' }), NOW)).toBe('yes');
    expect(verdict(invitation({ status: 'withdrawn' }), NOW)).toBe('no');
  });

  it(`leaves pending open for ${DECISION_DAYS} days, then counts it as not accepted`, () => {
    expect(verdict(invitation({ sentAt: NOW - (DECISION_DAYS - 1) * DAY }), NOW)).toBe('open');
    expect(verdict(invitation({ sentAt: NOW - DECISION_DAYS * DAY }), NOW)).toBe('no');
  });

  it('leaves out an invitation that left the Sent list until its profile is seen', () => {
    expect(verdict(invitation({ status: 'unknown', leftSentListAt: NOW - DAY }), NOW)).toBe('unsettled');
  });

  it('shows pending as unknown after six months without a fresh sighting', () => {
    const old = invitation({ sentAt: NOW - 200 * DAY });
    expect(shownStatus(old, NOW)).toBe('unknown');
    expect(shownStatus({ ...old, pendingSeenAt: NOW - 2 * DAY }, NOW)).toBe('pending');
    expect(shownStatus(invitation({ sentAt: NOW - 100 * DAY }), NOW)).toBe('pending');
  });
});

describe('computeResults', () => {
  const withNote = [
    ...Array.from({ length: 6 }, () => invitation({ status: 'accepted', statusSeenAt: NOW - 29 * DAY })),
    ...Array.from({ length: 4 }, () => invitation({ status: 'withdrawn' })),
  ];
  const withoutNote = [
    invitation({ personalised: false, noteLength: 0, status: 'accepted', statusSeenAt: NOW - 20 * DAY }),
    invitation({ personalised: false, noteLength: 0 }),
    invitation({ personalised: false, noteLength: 0, sentAt: NOW - DAY }),
  ];
  const results = computeResults([...withNote, ...withoutNote], NOW);

  it('splits with and without a note, with counts and intervals', () => {
    const [noted, plain] = results.byNote;
    expect(noted).toMatchObject({ key: 'withNote', successes: 6, total: 10, rate: 0.6, enough: true });
    expect(noted?.interval.low).toBeCloseTo(0.3127, 3);
    expect(noted?.interval.high).toBeCloseTo(0.8318, 3);
    // The one sent yesterday is still open and not counted.
    expect(plain).toMatchObject({ key: 'withoutNote', successes: 1, total: 2, enough: false });
    expect(results.open).toBe(1);
    expect(results.overall).toMatchObject({ successes: 7, total: 12 });
  });

  it(`marks groups under ${MIN_COUNT} as not enough`, () => {
    expect(results.byNote[1]?.enough).toBe(false);
  });

  it('groups per opener, notes without an opener as own words', () => {
    const mixed = computeResults(
      [
        invitation({ openerId: 'o1', status: 'accepted', statusSeenAt: NOW - 25 * DAY }),
        invitation({ openerId: 'o1' }),
        invitation({}),
        invitation({ personalised: false, noteLength: 0 }),
      ],
      NOW,
    );
    expect(mixed.byOpener.map((rate) => [rate.key, rate.successes, rate.total])).toEqual([
      ['o1', 1, 2],
      [OWN_WORDS, 0, 1],
    ]);
  });

  it('bands note lengths at 100 and 200 characters', () => {
    expect([
      lengthBand(1),
      lengthBand(99),
      lengthBand(100),
      lengthBand(199),
      lengthBand(200),
      lengthBand(300),
    ]).toEqual(['short', 'short', 'medium', 'medium', 'long', 'long']);
    const banded = computeResults(
      [
        invitation({ noteLength: 80, status: 'accepted', statusSeenAt: NOW }),
        invitation({ noteLength: 250, status: 'withdrawn' }),
      ],
      NOW,
    );
    expect(banded.byLength.map((rate) => [rate.key, rate.successes, rate.total])).toEqual([
      ['short', 1, 1],
      ['medium', 0, 0],
      ['long', 0, 1],
    ]);
  });

  it('measures time to accept from sending to the first sighting', () => {
    const timed = computeResults(
      [
        invitation({ sentAt: NOW - 10 * DAY, status: 'accepted', statusSeenAt: NOW - 10 * DAY + DAY / 2 }),
        invitation({ sentAt: NOW - 10 * DAY, status: 'accepted', statusSeenAt: NOW - 7 * DAY }),
        invitation({ sentAt: NOW - 60 * DAY, status: 'accepted', statusSeenAt: NOW - 5 * DAY }),
      ],
      NOW,
    );
    expect(timed.timeToAccept.medianDays).toBe(3);
    expect(timed.timeToAccept.buckets.map((rate) => [rate.key, rate.successes, rate.total])).toEqual([
      ['day', 1, 3],
      ['week', 1, 3],
      ['month', 0, 3],
      ['later', 1, 3],
    ]);
  });
});
