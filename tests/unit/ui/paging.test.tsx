// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { PAGE_SIZE } from '../../../src/popup/openers/OpenerList';
import { OpenersTab } from '../../../src/popup/openers/OpenersTab';
import { indexBy, search } from '../../../src/ui/search';
import { click, getButton, type Mounted, mount, settle, type } from './dom';
import { FakeClient, opener } from './fake-client';

let view: Mounted;
afterEach(() => view.unmount());

describe('a long opener library', () => {
  it('shows a page of rows, more on request, and search still reaches every opener', async () => {
    const client = new FakeClient();
    client.openers = Array.from({ length: 250 }, (_, i) =>
      opener({ id: `o${i}`, title: `Opener ${i}`, body: i === 249 ? 'Hello recruiter' : 'Hi there' }),
    );
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await settle();
    const rows = () => view.container.querySelectorAll('.opener').length;
    expect(rows()).toBe(PAGE_SIZE);
    await click(getButton(view.container, /Show 100 more \(150 not shown\)/));
    expect(rows()).toBe(2 * PAGE_SIZE);
    await type(view.container.querySelector('input[type="search"]') as HTMLInputElement, 'recuiter');
    expect(rows()).toBe(1);
  });

  it('an index gives the same results as searching the text each time', () => {
    const items = ['Berlin meetup', 'Recruiter intro', 'Design systems talk'];
    const index = indexBy(items, (item) => item);
    expect(search(index, 'recuiter')).toEqual(['Recruiter intro']);
    expect(search(index, '')).toEqual(items);
  });
});
