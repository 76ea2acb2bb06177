/** Text normalisation shared by every rule: line breaks, word tokens and a folded form for matching. */

/** The note as LinkedIn stores it: CRLF and lone CR become LF. Spans in a report index into this text. */
export function normaliseNote(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A word of the note with its UTF-16 offsets and a folded key used for comparisons. */
export interface Token {
  text: string;
  /** Lower case, no diacritics, no apostrophes: "J’aimerais" → "jaimerais". */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘][\p{L}\p{N}\p{M}]+)*/gu;
/** Same words for plain ASCII text; the Unicode-aware pattern is several times slower. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['’‘][A-Za-z0-9]+)*/g;
const ASCII_TEXT = /^[\t\n -~’‘]*$/;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Folds a word so that case, diacritics and straight/curly apostrophes do not matter. */
export function foldWord(word: string): string {
  let folded = word.toLowerCase();
  // normalize() is the slow part; plain ASCII words never need it.
  if (NON_ASCII.test(folded)) {
    folded = folded.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  }
  return /['’‘]/.test(folded) ? folded.replace(/['’‘]/g, '') : folded;
}

/** Splits text into word tokens (letters, digits and inner apostrophes). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(ASCII_TEXT.test(text) ? ASCII_WORD : WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], key: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Folded keys of a phrase, e.g. for comparing against a note's tokens. */
export function phraseKeys(text: string): string[] {
  return tokenize(text).map((token) => token.key);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`.
 * "Jnae" → "Jane" is 1. Returns max + 1 when the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}
