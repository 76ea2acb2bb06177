/**
 * Typo tolerance for the word still being typed: "recui" is one letter short of "recrui", the start of
 * "recruiter", so it should match it while the user types, instead of flickering to "No matches".
 *
 * The distance of a query word to a word's *prefix* is the least optimal-string-alignment distance
 * between the query and any start of the word. The vocabulary is walked in sorted order so a word
 * reuses the table rows of the start it shares with the previous word (a trie walk without building
 * the trie), and a start whose row is already over budget skips every word sharing it.
 */

/** The vocabulary sorted once per list of words (the index keeps its vocabulary for its lifetime). */
const sortedOf = new WeakMap<readonly string[], readonly string[]>();

function sorted(vocabulary: readonly string[]): readonly string[] {
  let known = sortedOf.get(vocabulary);
  if (!known) {
    known = [...vocabulary].sort();
    sortedOf.set(vocabulary, known);
  }
  return known;
}

function sharedStart(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a[i] === b[i]) i++;
  return i;
}

/**
 * Table row `j` (the word's first j letters) against every start of the query; `rows[j][query.length]`
 * is the distance of the query to that start of the word. Returns the row's least value, for pruning.
 */
function fillRow(rows: Int32Array[], word: string, query: string, j: number): number {
  const row = rows[j] as Int32Array;
  const above = rows[j - 1] as Int32Array;
  const twoAbove = j > 1 ? (rows[j - 2] as Int32Array) : undefined;
  row[0] = j;
  let least = j;
  for (let i = 1; i <= query.length; i++) {
    const cost = word[j - 1] === query[i - 1] ? 0 : 1;
    let value = Math.min(
      (above[i] as number) + 1,
      (row[i - 1] as number) + 1,
      (above[i - 1] as number) + cost,
    );
    if (twoAbove && i > 1 && word[j - 1] === query[i - 2] && word[j - 2] === query[i - 1]) {
      value = Math.min(value, (twoAbove[i - 2] as number) + 1);
    }
    row[i] = value;
    least = Math.min(least, value);
  }
  return least;
}

/** The words of `vocabulary` that some start of which is within `maxTypos` edits of `query`. */
export function wordsWithinTyposOfPrefix(
  query: string,
  vocabulary: readonly string[],
  maxTypos: number,
): Set<string> {
  const found = new Set<string>();
  // Starts longer than the query plus the budget are too far already: no need for their rows.
  const depth = query.length + maxTypos;
  const rows = Array.from({ length: depth + 1 }, () => new Int32Array(query.length + 1));
  for (let i = 0; i <= query.length; i++) (rows[0] as Int32Array)[i] = i;
  let previous = '';
  let filled = 0; // rows[1..filled] hold the starts of `previous`
  let prunedAt = Number.POSITIVE_INFINITY; // a start of `previous` whose row was over budget
  for (const word of sorted(vocabulary)) {
    const shared = sharedStart(previous, word);
    previous = word;
    if (prunedAt <= shared) continue; // same hopeless start as the word before
    prunedAt = Number.POSITIVE_INFINITY;
    filled = Math.min(filled, shared);
    let matched = false;
    for (let j = 1; j <= Math.min(word.length, depth) && !matched; j++) {
      if (j > filled) {
        if (fillRow(rows, word, query, j) > maxTypos) {
          prunedAt = j;
          break;
        }
        filled = j;
      }
      matched = ((rows[j] as Int32Array)[query.length] as number) <= maxTypos;
    }
    if (matched) found.add(word);
  }
  return found;
}
