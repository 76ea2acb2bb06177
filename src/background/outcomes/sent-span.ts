/**
 * Which sending times one page of the Sent list speaks for. The list is ordered newest first, so an
 * invitation still open and sent after the oldest card on the page (and, below the first page, before
 * its newest card) must be on this page. One that is not has left the list, even though the page is
 * one of several (Ember paginates; the 2025+ list loads about 20 rows at a time).
 *
 * Ages are coarse ("Sent 3 weeks ago"), so the span is shrunk to what every reading of them allows
 * (sent-age.ts), then by SPAN_MARGIN_MS for the time between LinkedIn rendering the page and our reading
 * it. A page whose ages cannot all be read, or contradict newest-first order, speaks for nothing.
 */
import { type AgeRange, parseSentAge } from './sent-age';

export const SPAN_MARGIN_MS = 60 * 60_000;

/** Open invitations sent strictly between `after` and `before` would be on the page. */
export interface SentSpan {
  after: number;
  before: number;
}

function readAges(ages: readonly string[]): AgeRange[] | undefined {
  const ranges: AgeRange[] = [];
  for (const text of ages) {
    const range = parseSentAge(text);
    if (!range) return undefined;
    ranges.push(range);
  }
  return ranges;
}

/** Newest first: no card may be surely newer than the card above it. */
function newestFirst(ranges: readonly AgeRange[]): boolean {
  return ranges.every((range, i) => i === 0 || range.maxMs >= (ranges[i - 1]?.minMs ?? 0));
}

/**
 * The span the page covers, read at `at`. `top`: the page surely starts at the newest invitation
 * (Ember's page 1), so nothing newer can be elsewhere and the span runs to the present.
 */
export function coveredSpan(ages: readonly string[], top: boolean, at: number): SentSpan | undefined {
  const ranges = readAges(ages);
  const newest = ranges?.[0];
  const oldest = ranges?.[ranges.length - 1];
  if (!ranges || !newest || !oldest || !newestFirst(ranges)) return undefined;
  // The oldest card was sent no later than at − its shortest possible age: anything after that is above it.
  const after = at - oldest.minMs + SPAN_MARGIN_MS;
  const before = top ? Number.POSITIVE_INFINITY : at - newest.maxMs - SPAN_MARGIN_MS;
  return after < before ? { after, before } : undefined;
}

export const inSpan = (span: SentSpan | undefined, sentAt: number): boolean =>
  span !== undefined && sentAt > span.after && sentAt < span.before;
