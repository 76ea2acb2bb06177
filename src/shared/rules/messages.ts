/**
 * Every sentence the rules show to a person. Plain words, no jargon; a message says what is wrong and,
 * where it helps, what to do. English is written here and is the default; a UI's translator (see
 * translator.ts) may replace each message, found under the name `rule_<key>` in _locales, with
 * `rule_<key>_one` / `rule_<key>_other` for sentences with a count. Values fill {1}, {2}… as plain text.
 */
import { fillValues, type RuleValue, translated } from './translator';

/** A sentence about a count: its "one" and "other" forms; the count is always {1}. */
type PluralForms = readonly [one: string, other: string];

const english = {
  empty: 'Your note is empty. A short personal line makes an invitation far more likely to be accepted.',
  overLimit: [
    "Your note is {1} character over LinkedIn's {2}-character limit.",
    "Your note is {1} characters over LinkedIn's {2}-character limit.",
  ],
  defaultText:
    "This is LinkedIn's default invitation text. Replace it with a line about this person or why you want to connect.",
  customDefaultText:
    'This matches one of the default phrases you listed in settings. Replace it with something personal.',
  placeholderLeft:
    '"{1}" is a placeholder that was not filled in. Replace it with the real words before sending.',
  unknownVariable: '"{1}" is not a placeholder this extension knows, so it would be sent as is.',
  emptyValueTrace:
    'It looks like a placeholder was left empty here (a stray space or comma). Check the wording around it.',
  removeFix: 'Remove it',
  tidyFix: 'Tidy the spacing',
  removeBoilerplateFix: 'Remove the default text',
  wrongName: 'Your note greets "{1}", but you are inviting {2}. It may be a note written for someone else.',
  nameTypo: `"{1}" looks like a misspelling of {2}'s name.`,
  replaceNameFix: 'Replace "{1}" with "{2}"',
  generic:
    'This note could be sent to anyone. Mention how you know this person, something from their profile, or why you want to connect.',
  duplicate: [
    'You have recently sent this note, or one very like it, to {1} person. A note written for this person works better.',
    'You have recently sent this note, or one very like it, to {1} people. A note written for this person works better.',
  ],
  pitch:
    'This reads like a sales pitch or a request. In a first note, people respond better to a simple reason to connect; save the ask for later.',
  contactLink: 'Your note contains a link. LinkedIn may hide or flag notes with links.',
  contactEmail: 'Your note contains an e-mail address. It will be visible to the recipient.',
  contactPhone: 'Your note contains a phone number. It will be visible to the recipient.',
  // Opener (template) syntax errors, shown in the opener editor.
  templateUnclosed: 'This "{{" is never closed with "}}".',
  templateStrayClose: 'This "}}" has no "{{" before it.',
  templateEmptyTag:
    'There is nothing between "{{" and "}}". Put a placeholder name there, such as firstName.',
  templateUnknown: '"{1}" is not a placeholder name.',
  templateUnknownSuggestion: '"{1}" is not a placeholder name. Did you mean "{2}"?',
  templateSectionMismatch: 'The section "{1}" is closed as "{2}". Close it with {3}.',
  templateSectionStrayClose: '"{1}" closes a section that was never opened.',
  templateSectionUnclosed: 'The section "{1}" is never closed. Add {2}.',
} as const satisfies Record<string, string | PluralForms>;

export type RuleMessageKey = keyof typeof english;

/** The message in the UI's language if its translator has it, else in English. */
function say(key: RuleMessageKey, ...values: RuleValue[]): string {
  const forms: string | PluralForms = english[key];
  if (typeof forms === 'string') return translated(`rule_${key}`, values) ?? fillValues(forms, values);
  const count = Number(values[0]);
  return translated(`rule_${key}`, values, count) ?? fillValues(forms[count === 1 ? 0 : 1], values);
}

/** Every English rule message by its _locales name (what en/messages.json holds for the rules). */
export function englishRuleMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, forms] of Object.entries(english)) {
    if (typeof forms === 'string') out[`rule_${key}`] = forms;
    else [out[`rule_${key}_one`], out[`rule_${key}_other`]] = forms;
  }
  return out;
}

const closeTag = (name: string) => `{{/${name}}}`;

export const messages = {
  empty: (): string => say('empty'),
  overLimit: (over: number, limit: number): string => say('overLimit', over, limit),
  defaultText: (): string => say('defaultText'),
  customDefaultText: (): string => say('customDefaultText'),
  placeholderLeft: (tag: string): string => say('placeholderLeft', tag),
  unknownVariable: (name: string): string => say('unknownVariable', `{{${name}}}`),
  emptyValueTrace: (): string => say('emptyValueTrace'),
  removeFix: (): string => say('removeFix'),
  tidyFix: (): string => say('tidyFix'),
  removeBoilerplateFix: (): string => say('removeBoilerplateFix'),
  wrongName: (written: string, expected: string): string => say('wrongName', written, expected),
  nameTypo: (written: string, expected: string): string => say('nameTypo', written, expected),
  replaceNameFix: (written: string, expected: string): string => say('replaceNameFix', written, expected),
  generic: (): string => say('generic'),
  duplicate: (count: number): string => say('duplicate', count),
  pitch: (): string => say('pitch'),
  contactLink: (): string => say('contactLink'),
  contactEmail: (): string => say('contactEmail'),
  contactPhone: (): string => say('contactPhone'),
  templateUnclosed: (): string => say('templateUnclosed'),
  templateStrayClose: (): string => say('templateStrayClose'),
  templateEmptyTag: (): string => say('templateEmptyTag'),
  templateUnknown: (name: string, suggestion?: string): string =>
    suggestion ? say('templateUnknownSuggestion', name, suggestion) : say('templateUnknown', name),
  templateSectionMismatch: (open: string, close: string): string =>
    say('templateSectionMismatch', open, close, closeTag(open)),
  templateSectionStrayClose: (name: string): string => say('templateSectionStrayClose', closeTag(name)),
  templateSectionUnclosed: (name: string): string => say('templateSectionUnclosed', name, closeTag(name)),
} as const;
