/**
 * Sentences of the Results view and the follow-up list. Kept beside the view (src/ui/strings.ts belongs
 * to the popup's owner); functions take what they interpolate so word order can change per language.
 */
import { DECISION_DAYS, MIN_COUNT } from '../../shared/stats';

const percent = (value: number) => `${Math.round(value * 100)}%`;

export const resultStrings = {
  heading: 'Your results',
  intro: `Only from your own invitations, learnt when you open a profile or your Sent invitations page. Counted: accepted, withdrawn, and anything still pending after ${DECISION_DAYS} days.`,
  overall: (successes: number, total: number) => `${successes} of ${total} accepted`,
  rate: (rate: number, low: number, high: number) =>
    `${percent(rate)} (95% interval ${percent(low)}–${percent(high)})`,
  count: (successes: number, total: number) => `${successes}/${total}`,
  notEnough: (total: number) => `Not enough data yet (${total} of ${MIN_COUNT} needed)`,
  open: (count: number) =>
    count === 1 ? '1 invitation is too recent to count.' : `${count} invitations are too recent to count.`,
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
  time: { day: 'Within a day', week: 'Within a week', month: 'Within a month', later: 'Later' },
  timeNote: 'Measured to when you first saw the acceptance, so real times may be shorter.',
  median: (days: number) => `Median: ${days < 1 ? 'under a day' : `${Math.round(days)} days`}`,
  chartLabel: (title: string) => `${title}: acceptance rate with 95% interval per group`,
  unsettled: (count: number) =>
    count === 1
      ? '1 invitation left your Sent list. Open the profile to see whether it was accepted:'
      : `${count} invitations left your Sent list. Open their profiles to see whether they were accepted:`,
  followUps: {
    heading: 'Accepted: say hello',
    intro:
      'The first message is where a note pays off. Personal Touch never sends it: copy it and send it yourself.',
    none: 'Nobody is waiting for a first message.',
    draftLabel: (name: string) => `First message to ${name}`,
    context: 'What you noted',
    copy: 'Copy',
    copied: (name: string) => `Copied the message to ${name}.`,
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    markMessaged: 'Mark as messaged',
    marked: (name: string) => `Marked ${name} as messaged.`,
    profile: 'Open profile',
    acceptedOn: (date: string) => `Accepted (seen ${date})`,
    greeting: (firstName: string) => `Hi ${firstName}, thanks for connecting! `,
    savedNote: 'Your note saved for after acceptance',
  },
} as const;
