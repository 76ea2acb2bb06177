/**
 * Word-level approximate matching for the boilerplate check: where in a stretch of the note does a
 * phrase occur with the fewest missing, extra or changed words (a long word with a typo counts half)?
 */
import { editDistance, type Token } from './normalise';

export interface Alignment {
  /** Edit cost in words; a typo in a long word costs 0.5. */
  distance: number;
  first: number;
  last: number;
}

/** A typo in a long word costs half a word; anything else a whole word. */
function wordCost(expected: string, actual: string): number {
  if (expected === actual) return 0;
  const allowed = expected.length >= 8 ? 2 : expected.length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(expected, actual, allowed) <= allowed ? 0.5 : 1;
}

/**
 * Word costs for one note, computed at most once per (phrase word, distinct note word): the same words
 * ("like", "network", "linkedin") recur across phrases and positions, and edit distance is the slow part.
 */
export class WordCosts {
  private readonly rows = new Map<string, number[]>();
  readonly ids: number[];
  private readonly distinct: string[];

  constructor(tokens: readonly Token[]) {
    const index = new Map<string, number>();
    this.ids = tokens.map((t) => {
      const id = index.get(t.key) ?? index.size;
      index.set(t.key, id);
      return id;
    });
    this.distinct = [...index.keys()];
  }

  /** Costs of `expected` against each distinct note word; -1 marks "not computed yet". */
  rowFor(expected: string): number[] {
    let row = this.rows.get(expected);
    if (!row) {
      // A plain array: typed arrays are slow to create, and most notes need only a few short rows.
      row = new Array<number>(this.distinct.length).fill(-1);
      this.rows.set(expected, row);
    }
    return row;
  }

  compute(expected: string, row: number[], noteWordId: number): number {
    const cost = wordCost(expected, this.distinct[noteWordId] ?? '');
    row[noteWordId] = cost;
    return cost;
  }
}

let shared: [Float64Array, Float64Array, Int32Array, Int32Array] = [
  new Float64Array(64),
  new Float64Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/** Reused DP rows (grown when a sentence is longer than any before), so align allocates nothing. */
function buffersFor(size: number): [Float64Array, Float64Array, Int32Array, Int32Array] {
  if (shared[0].length < size) {
    const capacity = Math.max(size, shared[0].length * 2);
    shared = [
      new Float64Array(capacity),
      new Float64Array(capacity),
      new Int32Array(capacity),
      new Int32Array(capacity),
    ];
  }
  return [...shared];
}

/**
 * Best approximate occurrence of `phrase` anywhere in the note: semi-global edit distance over words,
 * with the start of the best path carried along.
 */
export function align(phrase: readonly string[], costs: WordCosts, from: number, to: number): Alignment {
  const n = to - from;
  let [prev, row, prevStart, rowStart] = buffersFor(n + 1);
  for (let j = 0; j <= n; j++) {
    prev[j] = 0;
    prevStart[j] = j;
  }
  for (let i = 1; i <= phrase.length; i++) {
    const expected = phrase[i - 1] ?? '';
    const costRow = costs.rowFor(expected);
    row[0] = i;
    rowStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      const id = costs.ids[from + j - 1] as number;
      const known = costRow[id] as number;
      const matched = (prev[j - 1] as number) + (known >= 0 ? known : costs.compute(expected, costRow, id));
      const missing = (prev[j] as number) + 1;
      const extra = (row[j - 1] as number) + 1;
      if (matched <= missing && matched <= extra) {
        row[j] = matched;
        rowStart[j] = prevStart[j - 1] as number;
      } else if (missing <= extra) {
        row[j] = missing;
        rowStart[j] = prevStart[j] as number;
      } else {
        row[j] = extra;
        rowStart[j] = rowStart[j - 1] as number;
      }
    }
    [prev, row] = [row, prev];
    [prevStart, rowStart] = [rowStart, prevStart];
  }
  let bestEnd = 1;
  for (let j = 2; j <= n; j++) if ((prev[j] as number) < (prev[bestEnd] as number)) bestEnd = j;
  return {
    distance: prev[bestEnd] ?? phrase.length,
    first: from + (prevStart[bestEnd] ?? 0),
    last: from + bestEnd - 1,
  };
}
