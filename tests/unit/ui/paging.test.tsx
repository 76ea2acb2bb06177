// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { PAGE_SIZE } from '../../../src/popup/openers/OpenerList';
import { OpenersTab } from '../../../src/popup/openers/OpenersTab';
import { earlyPage, FIRST_PAGE } from '../../../src/popup/openers/use-openers';
import { indexBy, search } from '../../../src/ui/search';
import { click, getButton, type Mounted, mount, settle, type } from './dom';
import { FakeClient, opener } from './fake-client';

let view: Mounted;
afterEach(() => view.unmount());

/** 250 openers, the newest last in the array; only the oldest (o0, shown last) mentions a recruiter. */
function longLibrary(): FakeClient {
  const client = new FakeClient();
  client.openers = Array.from({ length: 250 }, (_, i) =>
    opener({ id: `o${i}`, title: `Opener ${i}`, body: i === 0 ? 'Hello recruiter' : 'Hi there' }),
  );
  return client;
}

const rows = () => [...view.container.querySelectorAll('.opener')];
const list = () => view.container.querySelector('.opener-list');

describe('a long opener library', () => {
  it('asks for a first page, then the rest, and shows a page of rows at a time', async () => {
    const client = longLibrary();
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await settle(150);
    expect(client.callsOf('listOpenersPage')).toEqual([{ type: 'listOpenersPage', limit: FIRST_PAGE }]);
    expect(client.callsOf('listOpeners')).toHaveLength(1);
    expect(list()?.getAttribute('aria-busy')).toBe('false');
    expect(rows()).toHaveLength(PAGE_SIZE);
    // Newest first, and each row says where it is in the whole library.
    expect(rows()[0]?.getAttribute('data-opener-id')).toBe('o249');
    expect(rows()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('250');
    await click(getButton(view.container, `Show ${PAGE_SIZE} more (${250 - PAGE_SIZE} not shown)`));
    expect(rows()).toHaveLength(2 * PAGE_SIZE);
    expect(rows()[PAGE_SIZE]?.getAttribute('aria-posinset')).toBe(String(PAGE_SIZE + 1));
  });

  it('paints a first page read before rendering at once, then asks only for the rest', async () => {
    const client = longLibrary();
    const page = await client.request({ type: 'listOpenersPage', limit: FIRST_PAGE });
    client.calls.length = 0;
    const early = earlyPage(page);
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} early={early} />, client);
    expect(rows()[0]?.getAttribute('data-opener-id')).toBe('o249');
    await settle(150);
    expect(client.callsOf('listOpenersPage')).toEqual([]);
    expect(client.callsOf('listOpeners')).toHaveLength(1);
    expect(list()?.getAttribute('aria-busy')).toBe('false');
    // Taken once: a view mounted later (back from another section) reads afresh.
    expect(early.take()).toBeNull();
  });

  it('search reaches openers beyond the first page, typos forgiven', async () => {
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, longLibrary());
    await settle(150);
    await type(view.container.querySelector('input[type="search"]') as HTMLInputElement, 'recuiter');
    expect(rows().map((row) => row.getAttribute('data-opener-id'))).toEqual(['o0']);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('1');
  });

  it('keeps an opener saved while the rest of the library was still loading', async () => {
    const client = longLibrary();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const request = client.request.bind(client);
    // The first full list is read before the duplicate is saved, and arrives after it.
    client.request = (async (req: Parameters<FakeClient['request']>[0]) => {
      const reply = request(req);
      if (req.type === 'listOpeners' && client.callsOf('listOpeners').length === 1) await held;
      return reply;
    }) as FakeClient['request'];
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await settle(150);
    expect(list()?.getAttribute('aria-busy')).toBe('true');
    await click(getButton(view.container, 'Duplicate Opener 249'));
    release();
    await settle(150);
    expect(list()?.getAttribute('aria-busy')).toBe('false');
    expect(rows()[0]?.textContent).toContain('Opener 249 (copy)');
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('251');
    // The list read before the write was stale: it was read again.
    expect(client.callsOf('listOpeners')).toHaveLength(2);
  });

  it('an index gives the same results as searching the text each time', () => {
    const items = ['Berlin meetup', 'Recruiter intro', 'Design systems talk'];
    const index = indexBy(items, (item) => item);
    expect(search(index, 'recuiter')).toEqual(['Recruiter intro']);
    expect(search(index, '')).toEqual(items);
  });
});
