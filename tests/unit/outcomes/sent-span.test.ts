import { describe, expect, it } from 'vitest';
import { applyObservation, SENT_LIST_GRACE_MS } from '../../../src/background/outcomes/apply';
import { parseSentAge } from '../../../src/background/outcomes/sent-age';
import { coveredSpan, inSpan, SPAN_MARGIN_MS } from '../../../src/background/outcomes/sent-span';
import type { SentInvitation } from '../../../src/shared/schema/stored';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const T = Date.UTC(2026, 10, 1);

function sent(slug: string, daysAgo: number, over: Partial<SentInvitation> = {}): SentInvitation {
  return {
    v: 1,
    id: `id-${slug}`,
    slug,
    name: slug,
    personalised: true,
    noteLength: 90,
    surface: 'profile',
    sentAt: T - daysAgo * DAY,
    status: 'pending',
    ...over,
  };
}

describe('parseSentAge: coarse relative times, widened to every rounding', () => {
  it('reads English counts, articles, today and yesterday', () => {
    expect(parseSentAge('Sent 3 weeks ago')).toEqual({ minMs: 2 * WEEK, maxMs: 4 * WEEK });
    expect(parseSentAge('Sent a month ago')).toEqual({ minMs: 0, maxMs: 2 * 31 * DAY });
    expect(parseSentAge('Sent 5 months ago')).toEqual({ minMs: 4 * 28 * DAY, maxMs: 6 * 31 * DAY });
    expect(parseSentAge('Sent an hour ago')).toEqual({ minMs: 0, maxMs: 2 * HOUR });
    expect(parseSentAge('Sent 1 year ago')).toEqual({ minMs: 0, maxMs: 2 * 366 * DAY });
    expect(parseSentAge('Sent today')).toEqual({ minMs: 0, maxMs: DAY });
    expect(parseSentAge('Sent yesterday')).toEqual({ minMs: 0, maxMs: 2 * DAY });
  });

  it('reads other UI languages the same way', () => {
    const twoWeeks = { minMs: WEEK, maxMs: 3 * WEEK };
    expect(parseSentAge('Envoyée il y a 2 semaines')).toEqual(twoWeeks);
    expect(parseSentAge('Gesendet vor 2 Wochen')).toEqual(twoWeeks);
    expect(parseSentAge('Enviada hace 2 semanas')).toEqual(twoWeeks);
    expect(parseSentAge('Enviado há 2 semanas')).toEqual(twoWeeks);
    expect(parseSentAge('Inviato 2 settimane fa')).toEqual(twoWeeks);
    expect(parseSentAge('2 weken geleden verzonden')).toEqual(twoWeeks);
    expect(parseSentAge('Gesendet vor einem Monat')).toEqual({ minMs: 0, maxMs: 62 * DAY });
    expect(parseSentAge('Inviato un’ora fa')).toEqual({ minMs: 0, maxMs: 2 * HOUR });
    expect(parseSentAge("Envoyée aujourd'hui")).toEqual({ minMs: 0, maxMs: DAY });
    expect(parseSentAge('Gesendet gestern')).toEqual({ minMs: 0, maxMs: 2 * DAY });
  });

  it('reads the French "an" as a year only after a count, never the English article', () => {
    expect(parseSentAge('Envoyée il y a 1 an')?.minMs).toBe(0);
    expect(parseSentAge('Envoyée il y a 2 ans')).toEqual({ minMs: 365 * DAY, maxMs: 3 * 366 * DAY });
    expect(parseSentAge('Sent an hour ago')?.maxMs).toBe(2 * HOUR);
  });

  it('reads LinkedIn’s compact ages too', () => {
    expect(parseSentAge('Sent 2w ago')).toEqual({ minMs: WEEK, maxMs: 3 * WEEK });
    expect(parseSentAge('3d')).toEqual({ minMs: 2 * DAY, maxMs: 4 * DAY });
    expect(parseSentAge('1mo')).toEqual({ minMs: 0, maxMs: 62 * DAY });
    expect(parseSentAge('2x')).toBeUndefined();
  });

  it('gives nothing for wording it does not know', () => {
    expect(parseSentAge('Withdraw')).toBeUndefined();
    expect(parseSentAge('送信済み 3週間前')).toBeUndefined();
    expect(parseSentAge('')).toBeUndefined();
  });
});

describe('coveredSpan: which sending times one page speaks for', () => {
  const PAGE_1 = ['Sent today', 'Sent 2 days ago', 'Sent 1 week ago', 'Sent 3 weeks ago'];

  it('page 1 runs from the oldest card (shortest reading of its age) to the present', () => {
    const span = coveredSpan(PAGE_1, true, T);
    expect(span).toEqual({ after: T - 2 * WEEK + SPAN_MARGIN_MS, before: Number.POSITIVE_INFINITY });
    expect(inSpan(span, T - 10 * DAY)).toBe(true);
    expect(inSpan(span, T - 15 * DAY)).toBe(false); // may share "3 weeks ago" with the next page
  });

  it('a later page is bounded on both sides', () => {
    const span = coveredSpan(['Sent 1 month ago', 'Sent 5 months ago'], false, T);
    expect(span).toEqual({
      after: T - 4 * 28 * DAY + SPAN_MARGIN_MS,
      before: T - 62 * DAY - SPAN_MARGIN_MS,
    });
    expect(inSpan(span, T - 90 * DAY)).toBe(true);
    expect(inSpan(span, T - 40 * DAY)).toBe(false); // could be on page 1
    expect(inSpan(span, T - 150 * DAY)).toBe(false); // could be on page 3
  });

  it('speaks for nothing when an age is unreadable, the order is not newest first, or the span is empty', () => {
    expect(coveredSpan(['Sent today', 'Withdraw'], true, T)).toBeUndefined();
    expect(coveredSpan(['Sent 3 months ago', 'Sent today'], true, T)).toBeUndefined();
    expect(coveredSpan(['Sent 2 weeks ago', 'Sent 3 weeks ago'], false, T)).toBeUndefined();
    expect(coveredSpan([], true, T)).toBeUndefined();
  });

  it('accepts ties and overlaps that coarse ages allow', () => {
    expect(coveredSpan(['Sent 1 week ago', 'Sent 6 days ago', 'Sent 1 week ago'], true, T)).toBeDefined();
  });
});

describe('applyObservation: one page of a longer Sent list', () => {
  const page1 = {
    kind: 'sentList' as const,
    slugs: ['maya', 'dan', 'zoe'],
    complete: false,
    ages: ['Sent today', 'Sent 2 days ago', 'Sent 3 weeks ago'],
    top: true,
    at: T,
  };

  it('an invitation sent within the span and missing from the page has left the list', () => {
    const changed = applyObservation([sent('maya', 0.5), sent('ana', 5), sent('li', 150)], page1);
    expect(changed.map((item) => [item.slug, item.status, item.leftSentListAt])).toEqual([
      ['maya', 'pending', undefined],
      ['ana', 'unknown', T],
    ]);
  });

  it('outside the span, or without ages, absence says nothing', () => {
    const old = sent('li', 150);
    expect(applyObservation([old], page1)).toEqual([]);
    const { ages: _ages, ...withoutAges } = page1;
    expect(applyObservation([sent('ana', 5)], withoutAges)).toEqual([]);
    // Ages that do not line up with the rows are not trusted either.
    expect(applyObservation([sent('ana', 5)], { ...page1, ages: ['Sent today'] })).toEqual([]);
  });

  it('keeps the race grace: an invitation sent moments ago may not be listed yet', () => {
    const justSent = sent('ana', 0, { sentAt: T - SENT_LIST_GRACE_MS / 2 });
    expect(applyObservation([justSent], page1)).toEqual([]);
  });

  it('a later page speaks only for its own span', () => {
    const page2 = {
      ...page1,
      slugs: ['souza', 'wei'],
      ages: ['Sent 1 month ago', 'Sent 5 months ago'],
      top: false,
    };
    const changed = applyObservation([sent('ana', 90), sent('bo', 5), sent('cy', 170)], page2);
    expect(changed.map((item) => [item.slug, item.status])).toEqual([['ana', 'unknown']]);
  });

  it('then the profile settles it as before: 1st degree is accepted', () => {
    const [left] = applyObservation([sent('ana', 5)], page1);
    const [accepted] = applyObservation([left as SentInvitation], {
      kind: 'profile',
      slug: 'ana',
      state: 'connected',
      at: T + DAY,
    });
    expect(accepted).toMatchObject({ status: 'accepted', leftSentListAt: T, statusSeenAt: T + DAY });
  });

  it('judges only the newest invitation to each person sent before the sighting, whatever the slug case', () => {
    const older = sent('ana', 9, { id: 'older' });
    const newer = sent('Ana', 4, { id: 'newer' });
    const later = sent('ana', -1, { id: 'after-the-sighting' });
    const changed = applyObservation([older, newer, later], page1);
    expect(changed.map((item) => [item.id, item.status])).toEqual([['newer', 'unknown']]);
  });

  it('judges every person among many stored invitations', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => sent(`p${i}`, (i % 400) + 0.5));
    const changed = applyObservation(many, page1);
    // Everyone sent within the span (newer than "3 weeks ago" can mean: 14 days) is missing from the page.
    const within = many.filter((item) => item.sentAt > T - 14 * DAY + SPAN_MARGIN_MS);
    expect(changed.map((item) => item.id)).toEqual(within.map((item) => item.id));
    expect(within.length).toBeGreaterThan(50);
  });
});
