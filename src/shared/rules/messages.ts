/**
 * Every sentence the rules show to a person, in one place so it can be translated later.
 * Plain words, no jargon; a message says what is wrong and, where it helps, what to do.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const messages = {
  empty: (): string =>
    'Your note is empty. A short personal line makes an invitation far more likely to be accepted.',
  overLimit: (over: number, limit: number): string =>
    `Your note is ${plural(over, 'character', 'characters')} over LinkedIn's ${limit}-character limit.`,
  defaultText: (): string =>
    "This is LinkedIn's default invitation text. Replace it with a line about this person or why you want to connect.",
  customDefaultText: (): string =>
    'This matches one of the default phrases you listed in settings. Replace it with something personal.',
  placeholderLeft: (tag: string): string =>
    `"${tag}" is a placeholder that was not filled in. Replace it with the real words before sending.`,
  unknownVariable: (name: string): string =>
    `"{{${name}}}" is not a placeholder this extension knows, so it would be sent as is.`,
  emptyValueTrace: (): string =>
    'It looks like a placeholder was left empty here (a stray space or comma). Check the wording around it.',
  removeFix: (): string => 'Remove it',
  tidyFix: (): string => 'Tidy the spacing',
  removeBoilerplateFix: (): string => 'Remove the default text',
  wrongName: (written: string, expected: string): string =>
    `Your note greets "${written}", but you are inviting ${expected}. It may be a note written for someone else.`,
  nameTypo: (written: string, expected: string): string =>
    `"${written}" looks like a misspelling of ${expected}'s name.`,
  replaceNameFix: (written: string, expected: string): string => `Replace "${written}" with "${expected}"`,
  generic: (): string =>
    'This note could be sent to anyone. Mention how you know this person, something from their profile, or why you want to connect.',
  duplicate: (count: number): string =>
    `You have recently sent this note, or one very like it, to ${plural(count, 'person', 'people')}. A note written for this person works better.`,
  pitch: (): string =>
    'This reads like a sales pitch or a request. In a first note, people respond better to a simple reason to connect; save the ask for later.',
  contactLink: (): string => 'Your note contains a link. LinkedIn may hide or flag notes with links.',
  contactEmail: (): string => 'Your note contains an e-mail address. It will be visible to the recipient.',
  contactPhone: (): string => 'Your note contains a phone number. It will be visible to the recipient.',
  // Opener (template) syntax errors, shown in the opener editor.
  templateUnclosed: (): string => 'This "{{" is never closed with "}}".',
  templateStrayClose: (): string => 'This "}}" has no "{{" before it.',
  templateEmptyTag: (): string =>
    'There is nothing between "{{" and "}}". Put a placeholder name there, such as firstName.',
  templateUnknown: (name: string, suggestion?: string): string =>
    `"${name}" is not a placeholder name.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  templateSectionMismatch: (open: string, close: string): string =>
    `The section "${open}" is closed as "${close}". Close it with {{/${open}}}.`,
  templateSectionStrayClose: (name: string): string =>
    `"{{/${name}}}" closes a section that was never opened.`,
  templateSectionUnclosed: (name: string): string =>
    `The section "${name}" is never closed. Add {{/${name}}}.`,
} as const;
