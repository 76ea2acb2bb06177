/**
 * Search-as-you-type that forgives small typos ("recuiter" finds "recruiter").
 * Every query word must match some word of the record: exactly, as a prefix or substring, or within
 * a small edit distance that grows with the word's length so short words do not match everything.
 */
import { editDistance, tokenize } from '../shared/rules/normalise';
import { wordsWithinTyposOfPrefix } from './prefix-typos';

/** Folded words (no case, diacritics or apostrophes), the same way the note rules see words. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.key);
}

/** Typos allowed for a query word: none for 1–3 letters, one for 4–7, two from 8. */
function allowedTypos(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** 3 for an exact word, 2 for a prefix or substring, 1 for a near miss, 0 for no match. */
function wordScore(queryWord: string, candidates: readonly string[]): number {
  let best = 0;
  const typos = allowedTypos(queryWord);
  for (const candidate of candidates) {
    if (candidate === queryWord) return 3;
    if (candidate.includes(queryWord)) best = Math.max(best, 2);
    else if (best < 1 && typos > 0) {
      // Compare with the candidate's start too, so a typo in a word still being typed matches.
      const start = candidate.slice(0, queryWord.length);
      if (
        Math.min(editDistance(queryWord, candidate, typos), editDistance(queryWord, start, typos)) <= typos
      ) {
        best = 1;
      }
    }
  }
  return best;
}

/** Scores a record's text against the query: 0 when some query word is missing. */
export function matchScore(query: string, haystack: string): number {
  const queryWords = words(query);
  if (queryWords.length === 0) return 1;
  const candidates = [...new Set(words(haystack))];
  let total = 0;
  for (const [position, queryWord] of queryWords.entries()) {
    let score = wordScore(queryWord, candidates);
    const beingTyped = position === queryWords.length - 1;
    if (score === 0 && beingTyped && allowedTypos(queryWord) > 0) {
      score = wordsWithinTyposOfPrefix(queryWord, candidates, allowedTypos(queryWord)).size > 0 ? 1 : 0;
    }
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/**
 * Items with their words folded once, and every distinct word of the collection: a keystroke then
 * scores each distinct word once per query word, instead of re-reading every record.
 */
export interface SearchIndex<T> {
  items: readonly T[];
  wordsOf: readonly (readonly string[])[];
  vocabulary: readonly string[];
}

export function indexBy<T>(items: readonly T[], textOf: (item: T) => string): SearchIndex<T> {
  const wordsOf = items.map((item) => [...new Set(words(textOf(item)))]);
  // Sorted: the typo search walks the vocabulary in order, sharing work between words with a common start.
  return { items, wordsOf, vocabulary: [...new Set(wordsOf.flat())].sort() };
}

/**
 * Scores for the word being typed: exact 3, prefix or substring 2, a typo against a word's start 1 (which
 * covers a typo in the whole word, so no per-word edit distance runs on this keystroke's hot path).
 */
function typedWordScores(vocabulary: readonly string[], queryWord: string): Map<string, number> {
  const typos = allowedTypos(queryWord);
  const nearMisses = typos > 0 ? wordsWithinTyposOfPrefix(queryWord, vocabulary, typos) : new Set<string>();
  const scores = new Map<string, number>();
  for (const word of vocabulary) {
    if (word === queryWord) scores.set(word, 3);
    else if (word.includes(queryWord)) scores.set(word, 2);
    else if (nearMisses.has(word)) scores.set(word, 1);
  }
  return scores;
}

function wholeWordScores(vocabulary: readonly string[], queryWord: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const word of vocabulary) {
    const score = wordScore(queryWord, [word]);
    if (score > 0) scores.set(word, score);
  }
  return scores;
}

/** Per index, the vocabulary's scores for recent query words: while typing, only the last word is new. */
const scoreMemo = new WeakMap<SearchIndex<unknown>, Map<string, ReadonlyMap<string, number>>>();
const MEMO_WORDS = 64;

/**
 * The vocabulary's scores for one query word. The query's last word is still being typed, so its typos
 * are also forgiven against the start of a word ("recui" → "recruiter"), ranked as a near miss.
 */
function vocabularyScores(
  index: SearchIndex<unknown>,
  queryWord: string,
  beingTyped: boolean,
): ReadonlyMap<string, number> {
  let memo = scoreMemo.get(index);
  if (!memo) {
    memo = new Map();
    scoreMemo.set(index, memo);
  }
  const key = beingTyped ? `${queryWord}…` : queryWord;
  const known = memo.get(key);
  if (known) return known;
  const scores = beingTyped
    ? typedWordScores(index.vocabulary, queryWord)
    : wholeWordScores(index.vocabulary, queryWord);
  if (memo.size >= MEMO_WORDS) memo.clear();
  memo.set(key, scores);
  return scores;
}

const EXACT = 3;

function itemScore(
  itemWords: readonly string[],
  scoresPerQueryWord: readonly ReadonlyMap<string, number>[],
): number {
  let total = 0;
  for (const scores of scoresPerQueryWord) {
    let best = 0;
    for (const word of itemWords) {
      best = Math.max(best, scores.get(word) ?? 0);
      if (best === EXACT) break;
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** Keeps the items that match, best first; ties keep the input order (which carries e.g. pinning). */
export function search<T>(index: SearchIndex<T>, query: string): T[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [...index.items];
  const last = queryWords.length - 1;
  const scoresPerQueryWord = queryWords.map((queryWord, position) =>
    vocabularyScores(index, queryWord, position === last),
  );
  // A score is a small whole number (at most 3 per query word): one bucket per score, each filled in
  // input order, gives the sorted result without sorting or an object per item (garbage per keystroke).
  const byScore: T[][] = [];
  index.items.forEach((item, position) => {
    const score = itemScore(index.wordsOf[position] ?? [], scoresPerQueryWord);
    if (score === 0) return;
    const bucket = byScore[score] ?? [];
    bucket.push(item);
    byScore[score] = bucket;
  });
  const found: T[] = [];
  for (let score = byScore.length - 1; score > 0; score--) found.push(...(byScore[score] ?? []));
  return found;
}

/** One-off search without keeping an index. */
export function searchBy<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
  return search(indexBy(items, textOf), query);
}
