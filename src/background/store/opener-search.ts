/**
 * Typo-tolerant opener search for the popup: every query word must match a word of the opener's title,
 * tags or body exactly, as a prefix, or within a small edit distance ("recrutier" finds "recruiter").
 * Title and tag matches rank above body matches. Words are folded, and the distinct words of the whole
 * library collected, once per opener list and cached with it; a query then scores each distinct word
 * once, not once per opener.
 */
import { editDistance, tokenize } from '../../shared/rules';
import type { Opener } from '../../shared/schema/stored';
import { compareOpeners, isOpenerListKey, listOpeners } from './openers';
import type { StoreSession } from './session';

interface Indexed {
  opener: Opener;
  /** Folded words of title and tags. */
  heading: ReadonlySet<string>;
  body: ReadonlySet<string>;
}

interface Library {
  entries: Indexed[];
  vocabulary: ReadonlySet<string>;
}

const PLAIN_TEXT = /^[\t\n -~’‘]*$/;
const PLAIN_WORD = /[a-z0-9]+(?:['’‘][a-z0-9]+)*/g;
const APOSTROPHES = /['’‘]/g;

/**
 * The folded words of a text, as `tokenize(...).key` gives them. Plain ASCII text (nearly every
 * opener) takes a native lower-case + regex path about twice as fast, which keeps the first search
 * after a worker start, which folds all 1,000 openers, well inside its budget.
 */
export function searchWords(text: string): Set<string> {
  if (!PLAIN_TEXT.test(text)) return new Set(tokenize(text).map((token) => token.key));
  const found = text.toLowerCase().match(PLAIN_WORD) ?? [];
  return new Set(found.map((word) => word.replace(APOSTROPHES, '')));
}

/** Typos allowed for a query word: none for short words, where one edit makes another word. */
const allowedTypos = (word: string): number => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);

/** 3 exact, 2 prefix, 1 near miss, 0 no match. */
function wordScore(query: string, word: string): number {
  if (word === query) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  const typos = allowedTypos(query);
  return typos > 0 && editDistance(query, word, typos) <= typos ? 1 : 0;
}

function bestIn(words: ReadonlySet<string>, scores: Map<string, number>): number {
  let best = 0;
  for (const word of words) best = Math.max(best, scores.get(word) ?? 0);
  return best;
}

function buildLibrary(openers: readonly Opener[]): Library {
  const vocabulary = new Set<string>();
  const entries = openers.map((opener) => {
    const heading = searchWords(`${opener.title} ${opener.tags.join(' ')}`);
    const body = searchWords(opener.body);
    for (const word of heading) vocabulary.add(word);
    for (const word of body) vocabulary.add(word);
    return { opener, heading, body };
  });
  return { entries, vocabulary };
}

function library(session: StoreSession): Promise<Library> {
  return session.cache.memo('openers:search', isOpenerListKey, async () =>
    buildLibrary(await listOpeners(session)),
  );
}

/** Only words that match at all are kept, so an opener's words mostly miss the small table. */
function scoreTable(queryWord: string, vocabulary: ReadonlySet<string>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const word of vocabulary) {
    const score = wordScore(queryWord, word);
    if (score > 0) scores.set(word, score);
  }
  return scores;
}

export async function searchOpeners(session: StoreSession, query: string): Promise<Opener[]> {
  const queryWords = [...searchWords(query)];
  if (queryWords.length === 0) return listOpeners(session);
  const { entries, vocabulary } = await library(session);
  const scoreTables = queryWords.map((queryWord) => scoreTable(queryWord, vocabulary));
  const ranked: { opener: Opener; score: number }[] = [];
  for (const entry of entries) {
    let total = 0;
    for (const scores of scoreTables) {
      const score = Math.max(2 * bestIn(entry.heading, scores), bestIn(entry.body, scores));
      if (score === 0) {
        total = 0; // every query word must match
        break;
      }
      total += score;
    }
    if (total > 0) ranked.push({ opener: entry.opener, score: total });
  }
  return ranked
    .sort((a, b) => b.score - a.score || compareOpeners(a.opener, b.opener))
    .map((entry) => entry.opener);
}
