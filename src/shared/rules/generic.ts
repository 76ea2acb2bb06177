/**
 * generic (warn): a note that says nothing about this person or why ("Let's connect!", "I'd like to
 * expand my network"). A note is specific when it shares words with what we know of the recipient
 * (company, headline, location, mutual connection, the user's own notes), gives a reason or shared
 * context ("we met at", "your talk on", "because"), or names something (a proper noun mid-sentence).
 */
import { foldWord, type Token } from './normalise';
import type { NoteContext, RecipientFacts } from './types';

/** Reasons and shared context, matched on folded text (lower case, no accents, no apostrophes). */
const SPECIFIC_CUES = new RegExp(
  [
    String.raw`\b(?:because|since|as we|we met|met you|meeting you|met at|we spoke|we talked|our chat|our call|talking to you|your (?:talk|post|article|work|paper|book|podcast|video|project|research|comment|presentation|session|panel|newsletter|team|startup|product|question|answer|thread|blog|keynote|course|thesis|app|repo|library|photos?|art|recent|new|move|role|journey|story|launch|promotion|insights? on|take on))\b`,
    String.raw`\b(?:conference|meetup|summit|webinar|hackathon|workshop|bootcamp|podcast|alumn[ia]?|alum|classmates?|cohort|colleagues?|ex-colleague|worked (?:with|together|at)|both (?:work|worked|studied|went|attended)|mutual|introduced|recommended|referred|suggested|told me|mentioned|congrat\w*|thanks? (?:you )?for|following your|fan of|hiring for|applied|interview\w*|same (?:team|school|university|class|company|city)|former|grew up|neighbou?r|ran into|bumped into|sat next)\b`,
    String.raw`\b(?:parce que|rencontre\w*|croise\w*|vu votre|lu votre|votre (?:article|presentation|conference|post|travail|projet|intervention)|salon|merci|felicitations|ancien\w*|collegues?)\b`,
    String.raw`\b(?:weil|getroffen|kennengelernt|(?:ihren?|deinen?) (?:vortrag|beitrag|artikel|post)|konferenz|danke|gluckwunsch\w*|kolleg\w*|studiert)\b`,
    String.raw`\b(?:porque|conocimos|conoci|(?:tu|su) (?:charla|articulo|publicacion|ponencia)|conferencia|gracias|felicidades|companer\w*|perche|conosciuti|incontrato|grazie|conhecemos|obrigad[oa]|omdat|ontmoet|bedankt|palestra)\b`,
  ].join('|'),
);

/** Words too common to make a note specific even when they appear in the recipient's headline. */
const COMMON = new Set(
  (
    'the and for with you your our are was this that from have has will would like love connect connection ' +
    'connections network networking professional professionals linkedin people minded industry field ' +
    'opportunities opportunity experience world team group company global senior junior lead head'
  ).split(' '),
);

let lastFacts = '';
let lastKeys = new Set<string>();

/** The same recipient is checked on every keystroke: remember the last one's keys. */
function factKeys(facts: RecipientFacts | undefined): Set<string> {
  if (!facts) return new Set();
  const { company, headline, location, mutual, howWeMet, reason } = facts;
  const fields = [company, headline, location, mutual, howWeMet, reason];
  const memo = fields.join('\u0000');
  if (memo === lastFacts) return lastKeys;
  const keys = new Set<string>();
  lastFacts = memo;
  lastKeys = keys;
  for (const field of fields) {
    for (const word of (field ?? '').split(/[^\p{L}\p{N}'’]+/u)) {
      const key = foldWord(word);
      if (key.length >= 3 && !COMMON.has(key)) keys.add(key);
    }
  }
  return keys;
}

const GERMAN_FUNCTION_WORDS = new Set(
  'ich mich mir und nicht der die das mit auf zu sie ihnen ihr wir uns dich dir ein eine einen'.split(' '),
);

/** Words after which a capital letter proves nothing: a greeting, a name, a sign-off ("Best, Sam"). */
const OPENERS_AND_SIGN_OFFS = new Set(
  'hi hello hey dear best thanks cheers regards sincerely warmly greetings cordialement bonjour hallo hola gruss grusse saludos'.split(
    ' ',
  ),
);

/** A capitalised word that is not the first of its sentence, a name we know, or LinkedIn itself. */
function namesSomething(text: string, tokens: readonly Token[], ignored: ReadonlySet<string>): boolean {
  return tokens.some((token, i) => {
    const previous = tokens[i - 1];
    if (!previous || token.text.length < 3 || !/^\p{Lu}/u.test(token.text) || ignored.has(token.key))
      return false;
    if (ignored.has(previous.key) || OPENERS_AND_SIGN_OFFS.has(previous.key)) return false;
    return !/[.!?:\n]/.test(text.slice(previous.end, token.start));
  });
}

/** True when nothing in the note is about this person or gives a reason; see the file comment. */
export function isGeneric(
  text: string,
  tokens: readonly Token[],
  context: NoteContext,
  greetedKeys: readonly string[],
): boolean {
  const latinWords = tokens.filter((t) => /[a-z]/.test(t.key)).length;
  // Without Latin-script words our cue lists cannot judge; say nothing rather than guess.
  if (latinWords * 2 < tokens.length) return false;
  const facts = factKeys(context.recipient);
  if (tokens.some((t) => facts.has(t.key))) return false;
  if (SPECIFIC_CUES.test(foldWord(text))) return false;
  const r = context.recipient;
  const known = [r?.fullName, r?.firstName, r?.lastName, context.senderName].join(' ');
  const ignored = new Set([
    ...greetedKeys,
    ...known.split(/\s+/).map(foldWord),
    'linkedin',
    'im',
    'id',
    'ive',
    'ill',
  ]);
  // German capitalises every noun and the polite "Sie", so a capital letter proves nothing there.
  const german = tokens.filter((t) => GERMAN_FUNCTION_WORDS.has(t.key)).length >= 2;
  return german || !namesSomething(text, tokens, ignored);
}
