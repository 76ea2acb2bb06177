import { describe, expect, it } from 'vitest';
import type { SentInvitation } from '../../../src/shared/schema/stored';
import {
  acceptWindow,
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

  it('measures time to accept from sending to the first sighting, as an upper bound', () => {
    const timed = computeResults(
      [
        invitation({ sentAt: NOW - 10 * DAY, status: 'accepted', statusSeenAt: NOW - 10 * DAY + DAY / 2 }),
        invitation({ sentAt: NOW - 10 * DAY, status: 'accepted', statusSeenAt: NOW - 7 * DAY }),
        invitation({ sentAt: NOW - 60 * DAY, status: 'accepted', statusSeenAt: NOW - 5 * DAY }),
      ],
      NOW,
    );
    // Never seen pending after sending: each window starts at 0, so only the upper bound is known.
    expect(timed.timeToAccept.median).toEqual({ lowDays: 0, highDays: 3 });
    expect([timed.timeToAccept.tight, timed.timeToAccept.count]).toEqual([1, 3]);
    expect(timed.timeToAccept.buckets.map((rate) => [rate.key, rate.successes, rate.total])).toEqual([
      ['day', 1, 3],
      ['week', 1, 3],
      ['month', 0, 3],
      ['later', 1, 3],
    ]);
  });

  it('narrows each window with the last pending sighting and the time it left the Sent list', () => {
    const sentAt = NOW - 30 * DAY;
    const windows = [
      // Seen pending on day 4, accepted on day 5: known to within a day.
      invitation({
        sentAt,
        status: 'accepted',
        pendingSeenAt: sentAt + 4 * DAY,
        statusSeenAt: sentAt + 5 * DAY,
      }),
      // Seen pending on day 2, missing from the Sent list on day 6, profile seen 1st degree on day 20.
      invitation({
        sentAt,
        status: 'accepted',
        pendingSeenAt: sentAt + 2 * DAY,
        leftSentListAt: sentAt + 6 * DAY,
        statusSeenAt: sentAt + 20 * DAY,
      }),
      // Never seen pending; accepted seen on day 12.
      invitation({ sentAt, status: 'accepted', statusSeenAt: sentAt + 12 * DAY }),
    ].map(acceptWindow);
    expect(windows).toEqual([
      { lowDays: 4, highDays: 5 },
      { lowDays: 2, highDays: 6 },
      { lowDays: 0, highDays: 12 },
    ]);
    const { timeToAccept } = computeResults(
      [
        invitation({
          sentAt,
          status: 'accepted',
          pendingSeenAt: sentAt + 4 * DAY,
          statusSeenAt: sentAt + 5 * DAY,
        }),
        invitation({
          sentAt,
          status: 'accepted',
          pendingSeenAt: sentAt + 2 * DAY,
          leftSentListAt: sentAt + 6 * DAY,
          statusSeenAt: sentAt + 20 * DAY,
        }),
        invitation({ sentAt, status: 'accepted', statusSeenAt: sentAt + 12 * DAY }),
      ],
      NOW,
    );
    // Medians of the starts (0, 2, 4) and of the ends (5, 6, 12): the true median lies in 2–6 days.
    expect(timeToAccept.median).toEqual({ lowDays: 2, highDays: 6 });
    expect([timeToAccept.tight, timeToAccept.count]).toEqual([1, 3]);
    expect(timeToAccept.buckets.map((rate) => [rate.key, rate.successes])).toEqual([
      ['day', 0],
      ['week', 2],
      ['month', 1],
      ['later', 0],
    ]);
  });

  it('has no time to accept without acceptances, and ignores accepted records without a sighting time', () => {
    const { timeToAccept } = computeResults(
      [invitation({ status: 'accepted' }), invitation({ status: 'withdrawn' })],
      NOW,
    );
    expect(timeToAccept).toMatchObject({ median: undefined, count: 0, tight: 0 });
    // A pending sighting recorded after the acceptance cannot push the window's start past its end.
    expect(
      acceptWindow(
        invitation({
          sentAt: NOW,
          status: 'accepted',
          pendingSeenAt: NOW + 3 * DAY,
          statusSeenAt: NOW + DAY,
        }),
      ),
    ).toEqual({ lowDays: 1, highDays: 1 });
  });
});
