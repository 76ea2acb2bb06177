/**
 * Finds LinkedIn's boilerplate inside a note, surviving case, punctuation, curly apostrophes, accents,
 * extra whitespace and small edits, with a greeting, a name or a signature around it.
 */
import { editDistance, phraseKeys, type Token } from './normalise';
import { DEFAULT_INVITATION_TEXTS, PLACEHOLDER_TEXTS, UNSOURCED_INVITATION_TEXTS } from './phrases';

export interface BoilerplateMatch {
  /** UTF-16 offsets of the matched words in the note. */
  start: number;
  end: number;
  /** The listed phrase that matched. */
  phrase: string;
}

interface Alignment {
  distance: number;
  first: number;
  last: number;
}

/** Up to a quarter of the phrase's words may be missing, extra or changed. */
const MAX_DISTANCE_RATIO = 0.25;
/** Words before the boilerplate in its sentence that are still "around" it: "Hi Mary Ann Smith,". */
const MAX_WORDS_BEFORE = 4;
/** Words after it in its sentence: "…network, thanks John". More means the sentence says something. */
const MAX_WORDS_AFTER = 2;
const SENTENCE_BREAK = /[.!?…\n]/;

const compiled = new Map<string, string[]>();

function keysOf(phrase: string): string[] {
  let keys = compiled.get(phrase);
  if (!keys) {
    if (compiled.size > 500) compiled.clear();
    keys = phraseKeys(phrase);
    compiled.set(phrase, keys);
  }
  return keys;
}

/** A typo in a long word costs half a word; anything else a whole word. */
function wordCost(expected: string, actual: string): number {
  if (expected === actual) return 0;
  const allowed = expected.length >= 8 ? 2 : expected.length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(expected, actual, allowed) <= allowed ? 0.5 : 1;
}

/** Best approximate occurrence of `phrase` anywhere in `tokens` (semi-global edit distance over words). */
function align(phrase: readonly string[], tokens: readonly Token[]): Alignment {
  const n = tokens.length;
  let prev = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= phrase.length; i++) {
    const row = [i];
    const rowStart = [0];
    const expected = phrase[i - 1] ?? '';
    for (let j = 1; j <= n; j++) {
      const matched = (prev[j - 1] ?? 0) + wordCost(expected, tokens[j - 1]?.key ?? '');
      const missing = (prev[j] ?? 0) + 1;
      const extra = (row[j - 1] ?? 0) + 1;
      const best = Math.min(matched, missing, extra);
      row.push(best);
      rowStart.push(
        best === matched
          ? (prevStart[j - 1] ?? 0)
          : best === missing
            ? (prevStart[j] ?? 0)
            : (rowStart[j - 1] ?? 0),
      );
    }
    prev = row;
    prevStart = rowStart;
  }
  let bestEnd = 1;
  for (let j = 2; j <= n; j++) if ((prev[j] ?? 0) < (prev[bestEnd] ?? 0)) bestEnd = j;
  return { distance: prev[bestEnd] ?? phrase.length, first: prevStart[bestEnd] ?? 0, last: bestEnd - 1 };
}

/** Counts the words sharing a sentence with tokens[from] when walking in `step` direction. */
function wordsInSentence(text: string, tokens: readonly Token[], from: number, step: 1 | -1): number {
  let count = 0;
  for (let k = from + step; k >= 0 && k < tokens.length; k += step) {
    const [left, right] = step === 1 ? [tokens[k - 1], tokens[k]] : [tokens[k], tokens[k + 1]];
    if (!left || !right || SENTENCE_BREAK.test(text.slice(left.end, right.start))) break;
    count++;
  }
  return count;
}

function sharesEnoughWords(keys: readonly string[], noteKeys: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const key of keys) if (noteKeys.has(key)) shared++;
  return shared * 2 >= keys.length;
}

/** "Linked In" / "linked-in" typed as two words still means LinkedIn. */
function joinSplitLinkedIn(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((token) => token.key === 'linked')) return tokens;
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token) continue;
    if (token.key === 'linked' && next?.key === 'in') {
      joined.push({ text: `${token.text}${next.text}`, key: 'linkedin', start: token.start, end: next.end });
      i++;
    } else joined.push(token);
  }
  return joined;
}

/** The phrases checked: LinkedIn's texts, our unsourced translations, the placeholder, and the user's own. */
export function boilerplatePhrases(customPhrases: readonly string[] = []): string[] {
  return [...DEFAULT_INVITATION_TEXTS, ...UNSOURCED_INVITATION_TEXTS, ...PLACEHOLDER_TEXTS, ...customPhrases];
}

/**
 * Returns the closest boilerplate sentence in the note, or null. A match must be close (see
 * MAX_DISTANCE_RATIO) and make up its sentence, give or take a greeting, a name or a signature.
 */
export function findBoilerplate(
  text: string,
  noteTokens: readonly Token[],
  customPhrases: readonly string[] = [],
): BoilerplateMatch | null {
  if (noteTokens.length === 0) return null;
  const tokens = joinSplitLinkedIn(noteTokens);
  const noteKeys = new Set(tokens.map((token) => token.key));
  let best: (BoilerplateMatch & { ratio: number }) | null = null;
  for (const phrase of boilerplatePhrases(customPhrases)) {
    const keys = keysOf(phrase);
    if (keys.length === 0 || !sharesEnoughWords(keys, noteKeys)) continue;
    const { distance, first, last } = align(keys, tokens);
    const ratio = distance / keys.length;
    if (ratio > MAX_DISTANCE_RATIO || (best && ratio >= best.ratio)) continue;
    if (wordsInSentence(text, tokens, first, -1) > MAX_WORDS_BEFORE) continue;
    if (wordsInSentence(text, tokens, last, 1) > MAX_WORDS_AFTER) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    best = { start, end, phrase, ratio };
  }
  return best && { start: best.start, end: best.end, phrase: best.phrase };
}
