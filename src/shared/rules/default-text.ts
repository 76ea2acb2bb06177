/**
 * Finds LinkedIn's boilerplate inside a note, surviving case, punctuation, curly apostrophes, accents,
 * extra whitespace and small edits, with a greeting, a name or a signature around it.
 */
import { align, WordCosts } from './align';
import { phraseKeys, type Token } from './normalise';
import { DEFAULT_INVITATION_TEXTS, PLACEHOLDER_TEXTS, UNSOURCED_INVITATION_TEXTS } from './phrases';

export interface BoilerplateMatch {
  /** UTF-16 offsets of the matched words in the note. */
  start: number;
  end: number;
  /** The listed phrase that matched. */
  phrase: string;
}

/** Up to a quarter of the phrase's words may be missing, extra or changed. */
const MAX_DISTANCE_RATIO = 0.25;
/** Words before the boilerplate in its sentence that are still "around" it: "Hi Mary Ann Smith,". */
const MAX_WORDS_BEFORE = 4;
/** Words after it in its sentence: "…network, thanks John". More means the sentence says something. */
const MAX_WORDS_AFTER = 2;
const SENTENCE_BREAK = /[.!?…\n]/;

interface CompiledPhrase {
  phrase: string;
  keys: string[];
  distinct: string[];
  /** A phrase of several sentences (a user's own) is searched in the whole note. */
  spansSentences: boolean;
}

function compilePhrase(phrase: string): CompiledPhrase {
  const keys = phraseKeys(phrase);
  return {
    phrase,
    keys,
    distinct: [...new Set(keys)],
    spansSentences: SENTENCE_BREAK.test(phrase.trim().slice(0, -1)),
  };
}

/** The built-in phrases, compiled once at module load. */
const BUILT_IN = [...DEFAULT_INVITATION_TEXTS, ...UNSOURCED_INVITATION_TEXTS, ...PLACEHOLDER_TEXTS].map(
  compilePhrase,
);
const compiled = new Map<string, CompiledPhrase>();

function compile(phrase: string): CompiledPhrase {
  let entry = compiled.get(phrase);
  if (!entry) {
    if (compiled.size > 500) compiled.clear();
    entry = compilePhrase(phrase);
    compiled.set(phrase, entry);
  }
  return entry;
}

/** Whether text[from, to) holds a sentence break; a plain scan, no slicing. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}

/** Token ranges [from, to) of the note's sentences: boilerplate never spans a sentence break. */
function sentences(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const left = tokens[k - 1];
    const right = tokens[k];
    if (!right || (left && hasBreak(text, left.end, right.start))) {
      ranges.push([from, k]);
      from = k;
    }
  }
  return ranges;
}

/** Whether a stretch of `words` words can hold a close match of an m-word phrase plus what may surround it. */
function canHold(words: number, m: number, wholeNote: boolean): boolean {
  const slack = Math.floor(m * MAX_DISTANCE_RATIO);
  return words >= m - slack && (wholeNote || words <= m + slack + MAX_WORDS_BEFORE + MAX_WORDS_AFTER);
}

/** Counts the words sharing a sentence with tokens[from] when walking in `step` direction. */
function wordsInSentence(text: string, tokens: readonly Token[], from: number, step: 1 | -1): number {
  let count = 0;
  for (let k = from + step; k >= 0 && k < tokens.length; k += step) {
    const [left, right] = step === 1 ? [tokens[k - 1], tokens[k]] : [tokens[k], tokens[k + 1]];
    if (!left || !right || hasBreak(text, left.end, right.start)) break;
    count++;
  }
  return count;
}

/** At least half of the phrase's distinct words appear, exactly, among the given words. */
function sharesEnoughWords(phrase: CompiledPhrase, words: ReadonlySet<string>): boolean {
  let present = 0;
  for (const word of phrase.distinct) if (words.has(word)) present++;
  return present * 2 >= phrase.distinct.length;
}

function keysBetween(tokens: readonly Token[], from: number, to: number): Set<string> {
  const keys = new Set<string>();
  for (let k = from; k < to; k++) keys.add(tokens[k]?.key ?? '');
  return keys;
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
  const noteKeys = keysBetween(tokens, 0, tokens.length);
  let costs: WordCosts | undefined;
  let sentenceRanges: Array<[number, number]> | undefined;
  const sentenceKeys: Array<Set<string>> = [];
  const wholeNote: Array<[number, number]> = [[0, tokens.length]];
  let best: (BoilerplateMatch & { ratio: number }) | null = null;
  const custom = customPhrases.length > 0 ? customPhrases.map(compile) : [];
  for (const compiledPhrase of custom.length > 0 ? BUILT_IN.concat(custom) : BUILT_IN) {
    const { keys, phrase, spansSentences } = compiledPhrase;
    if (keys.length === 0 || !sharesEnoughWords(compiledPhrase, noteKeys)) continue;
    sentenceRanges ??= sentences(text, tokens);
    const ranges = spansSentences ? wholeNote : sentenceRanges;
    for (let r = 0; r < ranges.length; r++) {
      const [from, to] = ranges[r] as [number, number];
      if (!canHold(to - from, keys.length, spansSentences)) continue;
      let words = spansSentences ? noteKeys : sentenceKeys[r];
      if (!words) {
        words = keysBetween(tokens, from, to);
        sentenceKeys[r] = words;
      }
      if (!sharesEnoughWords(compiledPhrase, words)) continue;
      costs ??= new WordCosts(tokens);
      const { distance, first, last } = align(keys, costs, from, to);
      const ratio = distance / keys.length;
      if (ratio > MAX_DISTANCE_RATIO || (best && ratio >= best.ratio)) continue;
      if (wordsInSentence(text, tokens, first, -1) > MAX_WORDS_BEFORE) continue;
      if (wordsInSentence(text, tokens, last, 1) > MAX_WORDS_AFTER) continue;
      const start = tokens[first]?.start ?? 0;
      best = { start, end: tokens[last]?.end ?? start, phrase, ratio };
    }
  }
  return best && { start: best.start, end: best.end, phrase: best.phrase };
}
