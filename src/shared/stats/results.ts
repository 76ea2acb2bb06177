/**
 * The user's own results, from their stored invitations: acceptance with and without a note, per
 * opener, per note length band, and time to accept. Each figure carries its count and a Wilson 95%
 * interval, and says whether the count is enough to read anything into it (MIN_COUNT).
 */
import type { SentInvitation } from '../schema/stored';
import { acceptWindow, type Verdict, verdict } from './verdict';
import { type Interval, wilson } from './wilson';

/** Below this many counted invitations a rate is shown as "not enough data yet". */
export const MIN_COUNT = 10;

export interface Rate {
  /** What the figure is about: 'withNote', an opener id, a band id, a time bucket id. */
  key: string;
  successes: number;
  total: number;
  rate: number;
  interval: Interval;
  enough: boolean;
}

export type LengthBand = 'short' | 'medium' | 'long';
export const LENGTH_BANDS: readonly { key: LengthBand; below: number }[] = [
  { key: 'short', below: 100 },
  { key: 'medium', below: 200 },
  { key: 'long', below: Number.POSITIVE_INFINITY },
];

export const TIME_BUCKETS: readonly { key: 'day' | 'week' | 'month' | 'later'; upToDays: number }[] = [
  { key: 'day', upToDays: 1 },
  { key: 'week', upToDays: 7 },
  { key: 'month', upToDays: 30 },
  { key: 'later', upToDays: Number.POSITIVE_INFINITY },
];

/** A window this narrow (in days) counts as knowing the time to accept, not just a bound on it. */
export const TIGHT_DAYS = 1;

/**
 * Time to accept as far as it is known. Each acceptance is a window (verdict.ts: acceptWindow), so the
 * median is given as a range: the median of the windows' starts and of their ends (the true median lies
 * between them). Buckets count each acceptance by its window's end: "within a week" is then certain.
 */
export interface TimeToAccept {
  median: { lowDays: number; highDays: number } | undefined;
  /** Acceptances with a time. */
  count: number;
  /** Of those, how many windows are at most TIGHT_DAYS wide. */
  tight: number;
  buckets: Rate[];
}

/** Personalised invitations sent without a saved opener are grouped under this key. */
export const OWN_WORDS = '';

export interface Results {
  overall: Rate;
  byNote: Rate[];
  byOpener: Rate[];
  byLength: Rate[];
  timeToAccept: TimeToAccept;
  /** Not counted yet: pending for less than DECISION_DAYS. */
  open: number;
  /** Left the Sent list, profile not seen since. */
  unsettled: number;
}

export function rateOf(key: string, successes: number, total: number): Rate {
  return {
    key,
    successes,
    total,
    rate: total > 0 ? successes / total : 0,
    interval: wilson(successes, total),
    enough: total >= MIN_COUNT,
  };
}

type Judged = { invitation: SentInvitation; verdict: Verdict };

function acceptance(key: string, judged: readonly Judged[]): Rate {
  const counted = judged.filter((item) => item.verdict === 'yes' || item.verdict === 'no');
  return rateOf(key, counted.filter((item) => item.verdict === 'yes').length, counted.length);
}

function groupBy(
  judged: readonly Judged[],
  keyOf: (invitation: SentInvitation) => string | undefined,
): Rate[] {
  const groups = new Map<string, Judged[]>();
  for (const item of judged) {
    const key = keyOf(item.invitation);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, items]) => acceptance(key, items)).sort((a, b) => b.total - a.total);
}

export const lengthBand = (noteLength: number): LengthBand =>
  LENGTH_BANDS.find((band) => noteLength < band.below)?.key ?? 'long';

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeToAccept(invitations: readonly SentInvitation[]): TimeToAccept {
  const windows = invitations.map(acceptWindow).filter((window) => window !== undefined);
  const ends = windows.map((window) => window.highDays);
  let lower = 0;
  const buckets = TIME_BUCKETS.map(({ key, upToDays }) => {
    const inBucket = ends.filter((value) => value > lower - 1e-9 && value <= upToDays).length;
    lower = upToDays + 1e-9;
    return rateOf(key, inBucket, ends.length);
  });
  const lowDays = median(windows.map((window) => window.lowDays));
  const highDays = median(ends);
  return {
    median: lowDays !== undefined && highDays !== undefined ? { lowDays, highDays } : undefined,
    count: windows.length,
    tight: windows.filter((window) => window.highDays - window.lowDays <= TIGHT_DAYS).length,
    buckets,
  };
}

export function computeResults(invitations: readonly SentInvitation[], now: number): Results {
  const judged = invitations.map((invitation) => ({ invitation, verdict: verdict(invitation, now) }));
  const noted = (invitation: SentInvitation) => invitation.personalised && invitation.noteLength > 0;
  return {
    overall: acceptance('all', judged),
    byNote: [
      acceptance(
        'withNote',
        judged.filter((item) => noted(item.invitation)),
      ),
      acceptance(
        'withoutNote',
        judged.filter((item) => !noted(item.invitation)),
      ),
    ],
    byOpener: groupBy(judged, (invitation) =>
      noted(invitation) ? (invitation.openerId ?? OWN_WORDS) : undefined,
    ),
    byLength: LENGTH_BANDS.map(({ key }) =>
      acceptance(
        key,
        judged.filter((item) => noted(item.invitation) && lengthBand(item.invitation.noteLength) === key),
      ),
    ),
    timeToAccept: timeToAccept(invitations),
    open: judged.filter((item) => item.verdict === 'open').length,
    unsettled: judged.filter((item) => item.verdict === 'unsettled').length,
  };
}
