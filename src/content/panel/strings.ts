/**
 * Every sentence the content script shows (the panel, the My Network prompt, held sends, opener notices),
 * in English. Translations live in public/_locales/<lang>/messages.json as panel_… (gen-locales writes
 * the English file from this tree). Read them through `text` in ../i18n.ts, never from here.
 * "Personal Touch", the panel region's name, is the product's name and is not translated.
 */
import { fmt, plural } from '../../ui/i18n';

export const englishPanel = {
  thisPerson: 'this person',
  forRecipient: fmt<[name: string]>('for {1}'),
  overLimit: fmt<[over: number]>('{1} over the limit'),
  checks: 'Checks',
  opener: 'Opener',
  noOpeners: 'No saved openers yet. Add one from the Personal Touch toolbar button.',
  searchOpeners: 'Search openers',
  noMatch: 'No opener matches',
  gateHint: 'People accept invitations with a personal note more often: say why you want to connect.',
  keepEditing: 'Keep editing',
  sendAnyway: 'Send anyway',
  saving: 'Saving…',
  notSaved: 'Not saved: try again',
  notes: {
    heading: fmt<[name: string]>('Your notes on {1}'),
    howWeMet: 'How we met',
    howWeMetExample: 'at the product meetup, through Priya…',
    where: 'Where',
    whereExample: 'Berlin',
    when: 'When',
    whenExample: 'last May',
    why: 'Why connect',
    whyExample: "I'm hiring designers in Lyon…",
    saved: 'Saved',
  },
  afterAccept: {
    label: 'Note for after they accept',
    keep: 'Keep this note',
    saved: 'Kept with the contact',
  },
  situation: {
    emailRequired: fmt<[name: string]>(
      "LinkedIn asks for {1}'s e-mail address to check that you know each other. Type it in LinkedIn's own field; Personal Touch does not read or keep it. You can still add a note.",
    ),
    relationship: fmt<[name: string]>('Choose how you know {1}. You can add your note on the next step.'),
    usedUp: fmt<[name: string]>(
      'You have no personalised notes left this month, so LinkedIn will send this invitation without a note. Keep your note for {1} and send it as your first message once they accept.',
    ),
    sentThisMonth: plural('{1} sent with a note this month', '{1} sent with a note this month'),
    lastNote: fmt<[sent: string]>('This is your last personalised note this month: make it count ({1}).'),
    left: plural('{1} personalised note left this month', '{1} personalised notes left this month'),
  },
  prompt: {
    text: fmt<[name: string]>(
      'From here LinkedIn sends your invitation to {1} at once, with no note. People accept invitations with a personal note more often.',
    ),
    openProfile: 'Open profile to add a note',
    sendWithoutNote: 'Send without a note',
    stopAsking: "Don't ask again on this page",
  },
  held: {
    notSentYet: fmt<[problem: string]>('Not sent yet: {1}'),
    more: plural('(and {1} more problem)', '(and {1} more problems)'),
    noNote:
      'Not sent yet: this invitation has no note. People accept invitations with a personal note more often. Choose "Add a note", or send it without one.',
  },
  insert: {
    templateError: fmt<[title: string, position: number, error: string]>(
      '"{1}" has a mistake at character {2}: {3} Fix it from the toolbar button.',
    ),
    tooLong: fmt<[title: string, length: number, over: number, limit: number]>(
      `"{1}" would be {2} characters, {3} over this dialog's {4}-character limit. Cut {3} characters in the opener, or pick another.`,
    ),
    notRegistered:
      'LinkedIn did not register the inserted text. Click in the note box and type a space, or paste the opener there yourself.',
  },
} as const;
