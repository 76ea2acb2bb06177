/**
 * A search index kept in step with a changing list (the opener library). Each item's folded words are
 * remembered for as long as the item object lives, so the index rebuilt after one save or delete folds
 * one item, not 1,000; and the first fold of a long list runs a slice at a time between which the page
 * handles input and paints, so neither opening the popup nor a keystroke waits for it.
 */
import { yieldToPage } from '../client/slices';
import { type SearchIndex, words } from './search';

const SLICE = 100;

export class WordCache<T extends object> {
  private readonly folded = new WeakMap<T, readonly string[]>();

  constructor(private readonly textOf: (item: T) => string) {}

  wordsOf(item: T): readonly string[] {
    let known = this.folded.get(item);
    if (!known) {
      known = [...new Set(words(this.textOf(item)))];
      this.folded.set(item, known);
    }
    return known;
  }

  /** Folds every item not folded yet, SLICE at a time, yielding to the page between slices. */
  async prime(items: readonly T[]): Promise<void> {
    for (let start = 0; start < items.length; start += SLICE) {
      if (start > 0) await yieldToPage();
      for (const item of items.slice(start, start + SLICE)) this.wordsOf(item);
    }
  }

  /** The index of `items` (quick once they are folded). */
  index(items: readonly T[]): SearchIndex<T> {
    const wordsOf = items.map((item) => this.wordsOf(item));
    const vocabulary = new Set<string>();
    for (const itemWords of wordsOf) for (const word of itemWords) vocabulary.add(word);
    // Sorted: the typo search walks the vocabulary in order, sharing work between words with a common start.
    return { items, wordsOf, vocabulary: [...vocabulary].sort() };
  }
}
