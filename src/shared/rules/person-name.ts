/**
 * The recipient's name as the page shows it, cleaned for comparison: credentials and suffixes
 * ("Jane Doe, PhD", "MBA"), pronouns ("(she/her)"), emoji, "Last, First", all caps, multi-part and
 * non-Latin names. A greeting may use any part of it, a nickname, or a short form.
 */
import { foldWord, tokenize } from './normalise';
import type { RecipientFacts } from './types';

export interface RecipientName {
  /** First name for a suggested fix, in natural case ("JANE" → "Jane"). */
  first: string;
  /** Last name for greetings that use a title ("Dear Dr. Doe"); '' when unknown. */
  last: string;
  /** Folded keys a greeting may use: every part, aliases in brackets, nicknames. */
  keys: Set<string>;
  /** Folded keys with their display form, for near-miss fixes. */
  display: Map<string, string>;
}

const CREDENTIALS = new Set(
  (
    'phd dphil md mba msc mphil bsc beng meng llm jd cpa cfa cfp pmp psm csm cissp cisa shrm scp ' +
    'pe peng rn np dds esq jr sr ii iii iv mr mrs ms mx dr prof frm acca aca aws fcca ccna mvp'
  ).split(' '),
);

/** A few frequent nicknames; short forms ("Chris" for "Christopher") are handled by prefix. */
const NICKNAMES: Record<string, string> = {
  robert: 'bob bobby rob robbie bert',
  william: 'bill billy will willy liam',
  elizabeth: 'liz lizzie beth betty eliza lisa',
  katherine: 'kate katie kathy kat',
  catherine: 'cathy kate katie cat',
  margaret: 'maggie meg peggy greta',
  richard: 'rick ricky dick rich',
  james: 'jim jimmy jamie',
  john: 'jack johnny',
  michael: 'mike mikey mick',
  edward: 'ed eddie ted ned',
  anthony: 'tony',
  joseph: 'joe joey',
  charles: 'charlie chuck',
  alexander: 'alex sasha sandy',
  alexandra: 'alex sasha sandra',
  theodore: 'ted teddy theo',
  rebecca: 'becky becca',
  patricia: 'pat patty trish',
  jennifer: 'jen jenny',
  susan: 'sue susie',
  deborah: 'deb debbie',
  henry: 'hank harry',
  francisco: 'paco pancho',
  jose: 'pepe',
  giuseppe: 'beppe peppe',
  aleksandr: 'sasha',
};

const PRONOUNS = /\/|\b(?:she|he|they|her|him|them|elle|il|sie|er)\b/i;
const EMOJI_AND_SYMBOLS = /\p{Extended_Pictographic}|\p{S}|\u200d|\ufe0f/gu;

/** "JANE" or "jane" → "Jane"; mixed case ("McDonald", "DeShawn") is kept. */
function naturalCase(word: string): string {
  const hasCase = word.toUpperCase() !== word.toLowerCase();
  if (!hasCase || (word !== word.toUpperCase() && word !== word.toLowerCase())) return word;
  return word.replace(
    /(^|[-'’\s])(\p{L})(\p{L}*)/gu,
    (_, sep, head, tail) => sep + head.toUpperCase() + tail.toLowerCase(),
  );
}

const isAcronym = (word: string): boolean => word.length <= 5 && /^\p{Lu}+$/u.test(word);

/**
 * "PhD", "MBA, PMP": a part made only of credentials. After a comma any short all-caps word counts too
 * ("Jane Doe, CSPO"), but never in the name itself, which may be written in capitals ("PRIYA NAIR").
 */
function isCredential(part: string, afterComma: boolean): boolean {
  const words = tokenize(part);
  return words.length > 0 && words.every((w) => CREDENTIALS.has(w.key) || (afterComma && isAcronym(w.text)));
}

/** Removes emoji, pronouns, bracketed aliases (returned apart), credentials, and swaps "Last, First". */
function cleanFullName(raw: string): { parts: string[]; aliases: string[] } {
  const aliases: string[] = [];
  let name = raw.replace(EMOJI_AND_SYMBOLS, ' ');
  name = name.replace(/[([{"“«]([^)\]}"”»]*)[)\]}"”»]/g, (_, inner: string) => {
    if (!PRONOUNS.test(inner) && !isCredential(inner, true)) aliases.push(inner);
    return ' ';
  });
  const commaParts = name
    .split(',')
    .map((p) => p.trim())
    .filter((p, i) => p && !isCredential(p, i > 0));
  // "Doe, Jane": two plain parts separated by a comma are "Last, First".
  if (commaParts.length === 2) commaParts.reverse();
  const parts = tokenize(commaParts.join(' '))
    .filter((t, _, all) => !CREDENTIALS.has(t.key) || all.length === 1)
    .map((t) => naturalCase(t.text));
  return { parts, aliases };
}

/** Nickname ↔ formal name, both directions, built once. */
const NICKNAME_LINKS = new Map<string, string[]>();
for (const [formal, nicks] of Object.entries(NICKNAMES)) {
  for (const nick of nicks.split(' ')) {
    NICKNAME_LINKS.set(formal, [...(NICKNAME_LINKS.get(formal) ?? []), nick]);
    NICKNAME_LINKS.set(nick, [...(NICKNAME_LINKS.get(nick) ?? []), formal]);
  }
}

function addKey(name: RecipientName, word: string): void {
  const key = foldWord(word);
  if (key.length === 0) return;
  name.keys.add(key);
  if (!name.display.has(key)) name.display.set(key, naturalCase(word));
  for (const linked of NICKNAME_LINKS.get(key) ?? []) name.keys.add(linked);
}

/** The recipient's name for greeting checks, or null when the page gave no usable name. */
export function recipientName(facts: RecipientFacts | undefined): RecipientName | null {
  if (!facts) return null;
  // The same recipient is checked on every keystroke: remember the last one.
  const memoKey = `${facts.fullName}\u0000${facts.firstName}\u0000${facts.lastName}`;
  if (memoKey !== lastKey) {
    lastKey = memoKey;
    lastName = parseRecipientName(facts);
  }
  return lastName;
}

let lastKey = '';
let lastName: RecipientName | null = null;

function parseRecipientName(facts: RecipientFacts): RecipientName | null {
  const full = cleanFullName(facts.fullName ?? '');
  const first = cleanFullName(facts.firstName ?? '').parts;
  const last = cleanFullName(facts.lastName ?? '').parts;
  const firstParts = first.length > 0 ? first : full.parts.slice(0, Math.max(1, full.parts.length - 1));
  const lastParts = last.length > 0 ? last : full.parts.slice(1);
  const name: RecipientName = {
    first: firstParts[0] ?? '',
    last: lastParts.at(-1) ?? '',
    keys: new Set(),
    display: new Map(),
  };
  for (const word of [...firstParts, ...lastParts, ...full.parts]) addKey(name, word);
  for (const alias of full.aliases) for (const t of tokenize(alias)) addKey(name, t.text);
  return name.keys.size > 0 ? name : null;
}
