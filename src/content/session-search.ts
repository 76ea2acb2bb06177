/**
 * The panel's opener search, for libraries larger than the openers the panel receives (at most 50):
 * typing filters the panel's own openers at once, and asks the worker's searchOpeners, debounced, for
 * the rest. Only the latest query's reply is kept. If the worker fails or never answers, the local
 * filter still works (fail open).
 */
import { leanRequest } from '../client/lean';
import { faultPoint, reportError } from './fail-open';
import { matchesWords, queryWords, searchResults } from './panel/opener-filter';
import { type ContentOpener, ContentOpenerListSchema } from './replies';

const DEBOUNCE_MS = 120;
/** The message contract's bound on a query. */
const MAX_QUERY = 200;

export type AskSearch = (query: string) => Promise<ContentOpener[]>;

const askWorker: AskSearch = (query) => {
  faultPoint('search'); // test seam: the worker does not answer
  return leanRequest({ type: 'searchOpeners', query }, ContentOpenerListSchema);
};

export class SessionSearch {
  #query = '';
  /** The worker's reply and the query it answered. */
  #remote: { query: string; openers: ContentOpener[] } = { query: '', openers: [] };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #asked = 0;

  constructor(
    private readonly changed: () => void,
    private readonly signal: AbortSignal,
    private readonly ask: AskSearch = askWorker,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
  }

  get query(): string {
    return this.#query;
  }

  /** The user typed: the list follows at once, the worker is asked once typing pauses. */
  setQuery(query: string): void {
    this.#query = query;
    clearTimeout(this.#timer);
    if (queryWords(query).length > 0) this.#timer = setTimeout(() => void this.#askNow(query), DEBOUNCE_MS);
    this.changed();
  }

  /** What the list shows: the panel's matches, then the worker's (a reply to an older query re-filtered). */
  openers(local: readonly ContentOpener[]): ContentOpener[] {
    const { query, openers } = this.#remote;
    const words = queryWords(this.#query);
    const remote = query === this.#query ? openers : openers.filter((o) => matchesWords(o, words));
    return searchResults(local, remote, this.#query);
  }

  /** An opener the worker found, to insert it. */
  find(id: string): ContentOpener | undefined {
    return this.#remote.openers.find((opener) => opener.id === id);
  }

  async #askNow(query: string): Promise<void> {
    const asked = ++this.#asked;
    try {
      const openers = await this.ask(query.slice(0, MAX_QUERY));
      // Latest wins: a later query was asked meanwhile. And a closed panel is not brought back.
      if (asked !== this.#asked || this.signal.aborted) return;
      this.#remote = { query, openers };
      this.changed();
    } catch (error) {
      reportError('search', error); // the local filter keeps working
    }
  }
}
