/**
 * Sentences of the Results view and the follow-up list, in English, read through the popup's i18n like
 * src/ui/strings.ts (messages results_… in public/_locales; gen-locales writes the English file from
 * this tree). Sentences with values use fmt/plural so word order can change per language.
 */
import { DECISION_DAYS, MIN_COUNT } from '../../shared/stats';
import { fmt, localise, plural } from '../../ui/i18n';

export const englishResults = {
  heading: 'Your results',
  intro: fmt<[days: number]>(
    'Only from your own invitations, learnt when you open a profile or your Sent invitations page. Counted: accepted, withdrawn, and anything still pending after {1} days.',
  ),
  overall: fmt<[successes: number, total: number]>('{1} of {2} accepted'),
  rate: fmt<[rate: string, low: string, high: string]>('{1} (95% interval {2}–{3})'),
  notEnough: fmt<[total: number, needed: number]>('Not enough data yet ({1} of {2} needed)'),
  open: plural('{1} invitation is too recent to count.', '{1} invitations are too recent to count.'),
  sections: {
    byNote: 'With and without a note',
    byOpener: 'Per opener',
    byLength: 'By note length',
    time: 'Time to accept',
  },
  withNote: 'With a note',
  withoutNote: 'Without a note',
  ownWords: 'Your own words (no opener)',
  deletedOpener: 'A deleted opener',
  bands: { short: 'Under 100 characters', medium: '100–199 characters', long: '200 characters or more' },
  time: { day: 'Within a day', week: 'Within a week', month: 'Within a month', later: 'Later, or seen late' },
  timeNote:
    'You learn of an acceptance when you next open the profile or your Sent page, so each one counts in the first span it surely falls in; it may have come sooner.',
  median: fmt<[time: string]>('Median: {1}'),
  medianBetween: fmt<[low: string, high: string]>('Median: between {1} and {2}'),
  tight: fmt<[tight: number, total: number]>(
    'Known to within a day for {1} of {2}: between the last time you saw the invitation pending and the first time you saw it accepted. For the others, only the latest it can have been.',
  ),
  underADay: 'under a day',
  days: plural('{1} day', '{1} days'),
  chartLabel: fmt<[title: string]>('{1}: acceptance rate with 95% interval per group'),
  unsettled: plural(
    '{1} invitation left your Sent list. Open the profile to see whether it was accepted:',
    '{1} invitations left your Sent list. Open their profiles to see whether they were accepted:',
  ),
  followUps: {
    heading: 'Accepted: say hello',
    intro:
      'The first message is where a note pays off. Personal Touch never sends it: copy it and send it yourself.',
    none: 'Nobody is waiting for a first message.',
    draftLabel: fmt<[name: string]>('First message to {1}'),
    context: 'What you noted',
    copy: 'Copy',
    copied: fmt<[name: string]>('Copied the message to {1}.'),
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    markMessaged: 'Mark as messaged',
    marked: fmt<[name: string]>('Marked {1} as messaged.'),
    profile: 'Open profile',
    acceptedOn: fmt<[date: string]>('Accepted (seen {1})'),
    greeting: fmt<[firstName: string]>('Hi {1}, thanks for connecting! '),
    savedNote: 'Your note saved for after acceptance',
    pickOpener: 'Start from an opener',
    startFrom: fmt<[name: string]>('Start the message to {1} from'),
    greetingChoice: 'A short greeting',
    untitled: 'Untitled opener',
    missing: fmt<[variables: string]>(
      'Nothing saved for {1}: left empty or its fallback used. Edit before copying.',
    ),
  },
} as const;

/** The Results view's text in the active language, English where a message is missing. */
export const resultStrings = localise(englishResults, 'results');

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** "42% (95% interval 30%–55%)". */
export function rateText(rate: number, low: number, high: number): string {
  return resultStrings.rate(percent(rate), percent(low), percent(high));
}

export const introText = (): string => resultStrings.intro(DECISION_DAYS);

export const notEnoughText = (total: number): string => resultStrings.notEnough(total, MIN_COUNT);

const daysText = (days: number): string =>
  days < 1 ? resultStrings.underADay : resultStrings.days(Math.round(days));

export function medianText(days: number): string {
  return resultStrings.median(daysText(days));
}

/** "Median: 3 days" when both ends read alike, else "Median: between under a day and 4 days". */
export function medianRangeText(lowDays: number, highDays: number): string {
  const low = daysText(lowDays);
  const high = daysText(highDays);
  return low === high ? resultStrings.median(high) : resultStrings.medianBetween(low, high);
}
