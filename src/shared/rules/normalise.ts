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

const isAsciiWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019 || code === 0x2018;

/** The ASCII fast path of tokenize: a plain scan, several times faster than a Unicode regex. */
function tokenizeAscii(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (isAsciiWordChar(text.charCodeAt(i)) ||
        (isApostrophe(text.charCodeAt(i)) && isAsciiWordChar(text.charCodeAt(i + 1)) && i > start))
    ) {
      i++;
    }
    const word = text.slice(start, i);
    // Only ASCII and curly apostrophes here: folding is lower-casing and dropping apostrophes.
    const lower = word.toLowerCase();
    const key = lower.length === i - start && !/['’‘]/.test(lower) ? lower : foldWord(word);
    tokens.push({ text: word, key, start, end: i });
  }
  return tokens;
}

/** Splits text into word tokens (letters, digits and inner apostrophes). */
export function tokenize(text: string): Token[] {
  if (ASCII_TEXT.test(text)) return tokenizeAscii(text);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], key: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Folded keys of a phrase, e.g. for comparing against a note's tokens. */
export function phraseKeys(text: string): string[] {
  return tokenize(text).map((token) => token.key);
}

const charBalance = new Int32Array(128);

/**
 * A cheap lower bound on the edit distance: characters one word has and the other lacks (as multisets).
 * Rejects most unrelated pairs before the quadratic algorithm runs. ASCII only; otherwise 0.
 */
function characterDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < a.length; i++) charBalance[a.charCodeAt(i)] = (charBalance[a.charCodeAt(i)] ?? 0) + 1;
  for (let i = 0; i < b.length; i++) charBalance[b.charCodeAt(i)] = (charBalance[b.charCodeAt(i)] ?? 0) - 1;
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    const balance = charBalance[code] ?? 0;
    if (balance > 0) surplus += balance;
    charBalance[code] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    const balance = charBalance[code] ?? 0;
    if (balance < 0) deficit -= balance;
    charBalance[code] = 0;
  }
  return Math.max(surplus, deficit);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`.
 * "Jnae" → "Jane" is 1. Returns max + 1 when the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || characterDifference(a, b) > max) return max + 1;
  let prevPrev = new Int32Array(b.length + 1);
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}
