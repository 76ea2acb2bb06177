/**
 * wrong-name (block) when the greeting names someone else, typically a note reused from another
 * invitation; name-typo (warn) for a near miss such as "Jnae" for Jane.
 */
import type { GreetedName } from './greeting';
import { messages } from './messages';
import { editDistance, tokenize } from './normalise';
import { type RecipientName, recipientName } from './person-name';
import type { Finding, NoteContext } from './types';

const isLatin = (key: string): boolean => /[a-z]/.test(key);

/**
 * A short or long form of the recipient's name: "Chris" for Christopher, "Christopher" when the page
 * says "Chris", or the given name alone from an unspaced name ("伟" in "王伟").
 */
function isShortForm(written: string, key: string): boolean {
  if (written.length < 2 && isLatin(written)) return false;
  if (!isLatin(key)) return key.includes(written);
  // An initial on the page ("J. Doe") accepts any name with that letter.
  if (key.length === 1) return written.startsWith(key);
  return key.startsWith(written) || (key.length >= 4 && written.startsWith(key));
}

function acceptable(written: string, name: RecipientName): boolean {
  if (name.keys.has(written)) return true;
  for (const key of name.keys) if (isShortForm(written, key)) return true;
  return false;
}

/**
 * The recipient's name part that `written` nearly matches: a typo's reach ("Jnae"), or the same first
 * three letters ("Jules" for Julia, "Christine" for Christopher). Such names get a warning, not a block,
 * because they may be a nickname or variant we do not know.
 */
function nearMiss(written: string, name: RecipientName): string | undefined {
  const allowed = written.length >= 7 ? 2 : written.length >= 3 ? 1 : 0;
  for (const [key, display] of name.display) {
    if (allowed > 0 && editDistance(written, key, allowed) <= allowed) return display;
    if (isLatin(key) && written.length >= 3 && key.length >= 3 && written.slice(0, 3) === key.slice(0, 3))
      return display;
  }
  return undefined;
}

/** Words that are not the recipient's name but still fine to greet: the company, the sender's own name. */
function excusedKeys(context: NoteContext): Set<string> {
  const words = [context.recipient?.company ?? '', context.senderName ?? ''].join(' ');
  return new Set(tokenize(words).map((t) => t.key));
}

function replaceFinding(greeted: GreetedName, id: 'wrong-name' | 'name-typo', expected: string): Finding {
  const span = { start: greeted.start, end: greeted.end };
  return {
    id,
    severity: id === 'wrong-name' ? 'block' : 'warn',
    message:
      id === 'wrong-name'
        ? messages.wrongName(greeted.text, expected)
        : messages.nameTypo(greeted.text, expected),
    span,
    fix: { label: messages.replaceNameFix(greeted.text, expected), edit: { ...span, text: expected } },
  };
}

/** Checks the greeted name against the recipient's; null when it matches or cannot be judged. */
export function checkGreetingName(greeted: GreetedName | null, context: NoteContext): Finding | null {
  const name = greeted && recipientName(context.recipient);
  if (!name || !greeted || greeted.keys.length === 0) return null;
  const excused = excusedKeys(context);
  if (greeted.keys.some((k) => acceptable(k, name) || excused.has(k))) return null;
  // A transliteration ("Wei" for 伟) cannot be judged: different scripts are never a wrong name.
  if (!greeted.keys.some(isLatin) !== ![...name.keys].some(isLatin)) return null;
  const expected = (greeted.titled && name.last) || name.first || name.last;
  if (greeted.keys.length === 1) {
    const close = nearMiss(greeted.keys[0] ?? '', name);
    if (close) return replaceFinding(greeted, 'name-typo', close);
  }
  return replaceFinding(greeted, 'wrong-name', expected);
}
