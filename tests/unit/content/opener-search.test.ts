/** The panel's opener search: the local filter, how it merges with the worker's results, and the debounce. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { matchesWords, queryWords, searchResults } from '../../../src/content/panel/opener-filter';
import type { ContentOpener } from '../../../src/content/replies';
import { SessionSearch } from '../../../src/content/session-search';

const opener = (id: string, title: string, body = ''): ContentOpener => ({ id, title, body });
const local = [
  opener('a', 'Met at the meetup', 'Hi {{firstName}}, great talk on réseau design.'),
  opener('b', 'Recruiter intro', 'Hi {{firstName}}, I am hiring designers.'),
  opener('c', 'Alumni', 'We both studied in Lyon.'),
];

describe('local filter', () => {
  it('folds case and accents, and needs every word in the title or text', () => {
    expect(queryWords('  Réseau   DESIGN ')).toEqual(['reseau', 'design']);
    expect(matchesWords(local[0] as ContentOpener, queryWords('reseau meetup'))).toBe(true);
    expect(matchesWords(local[0] as ContentOpener, queryWords('reseau lyon'))).toBe(false);
  });

  it('shows the panel’s matches first, then the worker’s others in its order, each once', () => {
    const remote = [opener('z', 'Design leads'), opener('b', 'Recruiter intro'), opener('y', 'Designers')];
    const ids = searchResults(local, remote, 'design').map((o) => o.id);
    expect(ids).toEqual(['a', 'b', 'z', 'y']);
  });

  it('shows the panel’s openers unfiltered for a blank query', () => {
    expect(searchResults(local, [opener('z', 'Other')], '   ')).toEqual(local);
  });
});

describe('SessionSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('filters at once, asks the worker once typing pauses, and merges its reply', async () => {
    const ask = vi.fn(async (query: string) => [opener('w97', `Opener ${query} 97`)]);
    const changed = vi.fn();
    const search = new SessionSearch(changed, new AbortController().signal, ask);
    for (const query of ['l', 'ly', 'lyo', 'lyon']) search.setQuery(query);
    expect(search.openers(local).map((o) => o.id)).toEqual(['c']);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(130);
    expect(ask.mock.calls).toEqual([['lyon']]);
    expect(search.openers(local).map((o) => o.id)).toEqual(['c', 'w97']);
    expect(search.find('w97')?.title).toBe('Opener lyon 97');
    expect(changed).toHaveBeenCalledTimes(5);
  });

  it('keeps only the latest query’s reply when replies arrive out of order', async () => {
    const replies = new Map<string, (openers: ContentOpener[]) => void>();
    const ask = (query: string) => new Promise<ContentOpener[]>((resolve) => replies.set(query, resolve));
    const search = new SessionSearch(() => {}, new AbortController().signal, ask);
    search.setQuery('alpha');
    await vi.advanceTimersByTimeAsync(130);
    search.setQuery('beta');
    await vi.advanceTimersByTimeAsync(130);
    replies.get('beta')?.([opener('b1', 'beta one')]);
    await vi.advanceTimersByTimeAsync(0);
    replies.get('alpha')?.([opener('a1', 'alpha one')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.openers([]).map((o) => o.id)).toEqual(['b1']);
    expect(search.find('a1')).toBeUndefined();
  });

  it('fails open: when the worker fails, the local filter still answers', async () => {
    const search = new SessionSearch(
      () => {},
      new AbortController().signal,
      () => Promise.reject(new Error('no answer')),
    );
    search.setQuery('recruiter');
    await vi.advanceTimersByTimeAsync(130);
    expect(search.openers(local).map((o) => o.id)).toEqual(['b']);
  });

  it('asks nothing once the panel is gone', async () => {
    const abort = new AbortController();
    const ask = vi.fn(async () => []);
    const search = new SessionSearch(() => {}, abort.signal, ask);
    search.setQuery('lyon');
    abort.abort();
    await vi.advanceTimersByTimeAsync(200);
    expect(ask).not.toHaveBeenCalled();
  });
});
