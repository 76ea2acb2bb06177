/**
 * The panel's own filter for the opener search: instant, on the openers the panel already holds, while
 * the worker's typo-tolerant search (searchOpeners) covers the whole library. Both lists are merged.
 */

interface Searchable {
  id: string;
  title: string;
  body: string;
}

/** Lower case without accents, so "reseau" finds "réseau" as the worker's search does. */
const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The words of a query, folded; none for a blank query. */
export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/** True when every query word occurs in the opener's title or text. */
export function matchesWords(opener: Searchable, words: readonly string[]): boolean {
  const haystack = fold(`${opener.title} ${opener.body}`);
  return words.every((word) => haystack.includes(word));
}

/**
 * What the list shows for a query: the panel's own matches first (pinned, most used, recent), then the
 * worker's other results in its order. A blank query shows the panel's openers unfiltered.
 */
export function searchResults<T extends Searchable>(
  local: readonly T[],
  remote: readonly T[],
  query: string,
): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [...local];
  const shown = local.filter((opener) => matchesWords(opener, words));
  const ids = new Set(shown.map((opener) => opener.id));
  return [...shown, ...remote.filter((opener) => !ids.has(opener.id))];
}
