// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadOpenerEditor } from '../../../src/popup/openers/OpenersTab';
import { PopupApp } from '../../../src/popup/PopupApp';
import { getButton, getField, type Mounted, mount, press } from './dom';
import { FakeClient } from './fake-client';

// The editor is a lazily loaded chunk (lazy.test.tsx covers the loading); here it is loaded up front.
beforeAll(async () => {
  await preloadOpenerEditor();
});

let view: Mounted;
afterEach(() => view.unmount());

const tab = (name: string) => getButton(view.container, name);

describe('popup keyboard shortcuts', () => {
  it('Alt+digit selects and focuses a section, from anywhere', async () => {
    view = await mount(<PopupApp />, new FakeClient());
    const search = view.container.querySelector<HTMLInputElement>('input[type="search"]');
    search?.focus();
    await press(search ?? document.body, '2', { altKey: true, code: 'Digit2' });
    expect(tab('Contacts').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Contacts'));
    expect(tab('This month').getAttribute('aria-keyshortcuts')).toBe('Alt+3');
  });

  it('"/" focuses the search box and "N" opens a new opener, but not while typing', async () => {
    view = await mount(<PopupApp />, new FakeClient());
    await press(document.body, '/');
    const search = view.container.querySelector<HTMLInputElement>('input[aria-keyshortcuts="/"]');
    expect(document.activeElement).toBe(search);
    await press(search ?? document.body, 'n');
    expect(view.container.querySelector('.editor')).toBeNull();
    await press(document.body, 'n');
    expect(document.activeElement).toBe(getField(view.container, 'Title'));
  });
});
