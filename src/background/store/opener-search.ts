/**
 * Typo-tolerant opener search for the popup: every query word must match a word of the opener's title,
 * tags or body exactly, as a prefix, or within a small edit distance ("recrutier" finds "recruiter").
 * Title and tag matches rank above body matches. Words are folded once per opener list and cached with it.
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

const words = (text: string): Set<string> => new Set(tokenize(text).map((token) => token.key));

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

async function indexedOpeners(session: StoreSession): Promise<Indexed[]> {
  return session.cache.memo('openers:search', isOpenerListKey, async () =>
    (await listOpeners(session)).map((opener) => ({
      opener,
      heading: words(`${opener.title} ${opener.tags.join(' ')}`),
      body: words(opener.body),
    })),
  );
}

export async function searchOpeners(session: StoreSession, query: string): Promise<Opener[]> {
  const queryWords = [...words(query)];
  if (queryWords.length === 0) return listOpeners(session);
  const library = await indexedOpeners(session);
  const vocabulary = new Set(library.flatMap((entry) => [...entry.heading, ...entry.body]));
  // Each query word is compared with each distinct word once, not once per opener.
  const scoreTables = queryWords.map(
    (queryWord) => new Map([...vocabulary].map((word) => [word, wordScore(queryWord, word)])),
  );
  const ranked: { opener: Opener; score: number }[] = [];
  for (const entry of library) {
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
