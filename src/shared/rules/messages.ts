/**
 * Every sentence the rules show to a person. Plain words, no jargon; a message says what is wrong and,
 * where it helps, what to do. English is written here and is the default; a UI's translator (see
 * translator.ts) may replace each message, found under the name `rule_<key>` in _locales, with
 * `rule_<key>_one` / `rule_<key>_other` for sentences with a count. Values fill {1}, {2}… as plain text.
 */
import { fillValues, type RuleValue, translated } from './translator';

/**
 * A sentence about a count, for English: {1} stands for the count with its noun, `one` or `other`
 * ("1 character", "14 characters"). Translations get whole sentences per plural form instead.
 */
type CountSentence = readonly [text: string, one: string, other: string];

const english = {
  empty: 'Your note is empty. A short personal line makes an invitation far more likely to be accepted.',
  overLimit: ["Your note is {1} over LinkedIn's {2}-character limit.", 'character', 'characters'],
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
    'You have recently sent this note, or one very like it, to {1}. A note written for this person works better.',
    'person',
    'people',
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
} as const satisfies Record<string, string | CountSentence>;

export type RuleMessageKey = keyof typeof english;

/** The message in the UI's language if its translator has it, else in English. */
function say(key: RuleMessageKey, values: RuleValue[]): string {
  const entry: string | CountSentence = english[key];
  const count = typeof entry === 'string' ? undefined : Number(values[0]);
  const theirs = translated(`rule_${key}`, values, count);
  if (theirs !== undefined) return theirs;
  if (typeof entry === 'string') return fillValues(entry, values);
  const [text, one, other] = entry;
  return fillValues(text, [`${count} ${count === 1 ? one : other}`, ...values.slice(1)]);
}

/** Every English rule message by its _locales name (what en/messages.json holds for the rules). */
export function englishRuleMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(english)) {
    if (typeof entry === 'string') out[`rule_${key}`] = entry;
    else {
      const [text, one, other] = entry;
      out[`rule_${key}_one`] = text.replace('{1}', `{1} ${one}`);
      out[`rule_${key}_other`] = text.replace('{1}', `{1} ${other}`);
    }
  }
  return out;
}

/** What the rules call; most messages take their values in {1}, {2}… order, as written below. */
export interface RuleMessages {
  empty(): string;
  overLimit(over: number, limit: number): string;
  defaultText(): string;
  customDefaultText(): string;
  placeholderLeft(tag: string): string;
  unknownVariable(name: string): string;
  emptyValueTrace(): string;
  removeFix(): string;
  tidyFix(): string;
  removeBoilerplateFix(): string;
  wrongName(written: string, expected: string): string;
  nameTypo(written: string, expected: string): string;
  replaceNameFix(written: string, expected: string): string;
  generic(): string;
  duplicate(count: number): string;
  pitch(): string;
  contactLink(): string;
  contactEmail(): string;
  contactPhone(): string;
  templateUnclosed(): string;
  templateStrayClose(): string;
  templateEmptyTag(): string;
  templateUnknown(name: string, suggestion?: string): string;
  templateSectionMismatch(open: string, close: string): string;
  templateSectionStrayClose(name: string): string;
  templateSectionUnclosed(name: string): string;
}

// One function per message, built from the table rather than written out: each key would otherwise be
// spelt twice more in the content script, which ships on every LinkedIn page.
const inOrder = Object.fromEntries(
  Object.keys(english).map((key) => [key, (...values: RuleValue[]) => say(key as RuleMessageKey, values)]),
) as Record<RuleMessageKey, (...values: RuleValue[]) => string>;

const closeTag = (name: string) => `{{/${name}}}`;

export const messages: RuleMessages = {
  ...inOrder,
  unknownVariable: (name) => say('unknownVariable', [`{{${name}}}`]),
  templateUnknown: (name, suggestion) =>
    suggestion ? say('templateUnknownSuggestion', [name, suggestion]) : say('templateUnknown', [name]),
  templateSectionMismatch: (open, close) => say('templateSectionMismatch', [open, close, closeTag(open)]),
  templateSectionStrayClose: (name) => say('templateSectionStrayClose', [closeTag(name)]),
  templateSectionUnclosed: (name) => say('templateSectionUnclosed', [name, closeTag(name)]),
};
