/**
 * Finds the name a note greets: "Hi John,", "Hello John -", "Dear Dr. Doe", "Bonjour John",
 * "Hallo John", "Hola John", or "John, …" at the very start. Only this position is judged, so a
 * company, a signature or a name mentioned later never causes a false alarm.
 */
import { foldWord, tokenize } from './normalise';

export interface GreetedName {
  /** The name as written, e.g. "John" or "John Smith". */
  text: string;
  start: number;
  end: number;
  /** Folded words of the name. */
  keys: string[];
  /** Greeted with a title ("Dr.", "Mr", "Frau"), so the last name is expected. */
  titled: boolean;
}

const LEAD = String.raw`^[\s\p{P}\p{S}]*`;
const GREETING_WORDS =
  'hi|hello|hey|hiya|howdy|dear|greetings|good morning|good afternoon|good evening|morning|' +
  'bonjour|bonsoir|salut|coucou|cher|chère|hallo|liebe|lieber|guten tag|moin|servus|grüezi|' +
  'hola|buenos días|buenas|estimado|estimada|querido|querida|ciao|salve|buongiorno|gentile|caro|cara|' +
  'olá|ola|oi|prezado|prezada|hoi|hej|beste|goedemorgen|goedemiddag';
const TITLES = String.raw`(?:dr|prof|mr|mrs|ms|mx|herr|frau|monsieur|madame|mme|señor|señora|sr|sra|dott|dottssa)\.?\s+`;
const NAME_WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`;
const GREETING = new RegExp(
  `${LEAD}(?:${GREETING_WORDS})(?=[\\s,!:.—–-])[ \\t]*[,!]?[ \\t]*(${TITLES})?((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){0,2})`,
  'iu',
);
const BARE_START = new RegExp(`${LEAD}(${NAME_WORD}(?:[ \\t]${NAME_WORD})?)[ \\t]*[,—–]`, 'u');

/** Words that address a group or nobody in particular: "Hi there", "Hello team", "Dear hiring manager". */
const NOT_A_NAME = new Set(
  (
    'there all everyone everybody team folks friend friends sir madam madame both again yall guys gals ' +
    'people colleague colleagues neighbour neighbor hiring recruiter manager world fellow mate buddy pal ' +
    'tout toutes tous monde vous zusammen alle todos todas tutti amigo amiga linkedin i im id ill ive ' +
    'thanks thank congrats congratulations great nice good sorry hope quick just so well also yes wow ' +
    'ok okay welcome happy glad first loved love enjoyed saw really apologies merci danke gracias grazie ' +
    'obrigado obrigada felicitations bravo hope quick question short'
  )
    .split(' ')
    .concat(GREETING_WORDS.split('|').map(foldWord)),
);

const hasCase = (word: string): boolean => word.toUpperCase() !== word.toLowerCase();
const startsLower = (word: string): boolean => hasCase(word) && word[0] === word[0]?.toLowerCase();

function fromMatch(match: RegExpExecArray, nameGroup: number, titled: boolean): GreetedName | null {
  const all = match[nameGroup];
  if (!all) return null;
  const offset = match.index + match[0].length - all.length;
  const words = all.split(/[ \t]+/);
  // Keep capitalised (or caseless-script) words; stop at the first lower-case one ("Hi John thanks").
  let kept = words.findIndex((w, i) => i > 0 && (startsLower(w) || NOT_A_NAME.has(foldWord(w))));
  if (kept < 0) kept = words.length;
  const name = words
    .slice(0, kept)
    .join(' ')
    .replace(/[.’'-]+$/, '');
  const after = match.input.slice(offset + name.length);
  // A lower-case greeting name counts only alone before punctuation: "hey jon," but not "hey quick question".
  if (startsLower(words[0] ?? '') && (kept > 1 || !/^[ \t]*(?:[,!:—–-]|\n|$)/.test(after))) return null;
  const keys = tokenize(name).map((t) => t.key);
  if (keys.some((k) => NOT_A_NAME.has(k))) return null;
  return { text: name, start: offset, end: offset + name.length, keys, titled };
}

/** The greeted name at the start of the note, or null when the note does not open with one. */
export function findGreetedName(text: string): GreetedName | null {
  const greeting = GREETING.exec(text);
  if (greeting) return fromMatch(greeting, 2, Boolean(greeting[1]));
  const bare = BARE_START.exec(text);
  if (bare && !startsLower(bare[1] ?? '')) return fromMatch(bare, 1, false);
  return null;
}
