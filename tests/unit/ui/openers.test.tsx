// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { OpenersTab, preloadOpenerEditor } from '../../../src/popup/openers/OpenersTab';
import { click, fire, getButton, getField, type Mounted, mount, press, settle, text, type } from './dom';
import { FakeClient, opener } from './fake-client';

// The editor is a lazily loaded chunk (lazy.test.tsx covers the loading); here it is loaded up front.
beforeAll(async () => {
  await preloadOpenerEditor();
});

let client: FakeClient;
let view: Mounted;

const titles = () => text(view.container, '.opener__title');
const alertText = () => view.container.querySelector('[role="alert"]')?.textContent ?? '';
const statusText = () => view.container.querySelector('[role="status"]')?.textContent ?? '';

beforeEach(async () => {
  client = new FakeClient();
  client.openers = [
    opener({
      id: 'a',
      title: 'Conference follow-up',
      body: 'Great to meet you {{howWeMet}}.',
      tags: ['events'],
    }),
    opener({ id: 'b', title: 'Recruiter intro', body: 'I am hiring designers in Lyon.', pinned: true }),
    opener({ id: 'x', title: 'Markup', body: '<img src=x onerror=alert(1)>' }),
  ];
  view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
});
afterEach(() => view.unmount());

describe('opener library', () => {
  it('lists pinned openers first and renders bodies as plain text', () => {
    expect(titles()[0]).toBe('Recruiter intro Pinned');
    expect(view.container.querySelector('img')).toBeNull();
    expect(text(view.container, '.opener__excerpt')).toContain('<img src=x onerror=alert(1)>');
  });

  it('filters as the user types, tolerating typos', async () => {
    await type(getField(view.container, 'Search openers'), 'recuiter');
    expect(titles()).toEqual(['Recruiter intro Pinned']);
    await type(getField(view.container, 'Search openers'), 'events');
    expect(titles()).toEqual(['Conference follow-up']);
    await type(getField(view.container, 'Search openers'), 'zzzz');
    expect(view.container.textContent).toContain('No opener matches “zzzz”.');
  });

  it('creates an opener and saves it with Ctrl+Enter', async () => {
    await click(getButton(view.container, 'New opener'));
    await type(getField(view.container, 'Title'), 'Podcast');
    await type(
      getField<HTMLTextAreaElement>(view.container, 'Opener text'),
      'Loved your episode, {{firstName}}!',
    );
    await type(getField(view.container, 'Tags'), 'media, podcasts, media');
    const statusRegion = view.container.querySelector('[role="status"]');
    await press(getField(view.container, 'Title'), 'Enter', { ctrlKey: true });
    // The same live region announces the save, so screen readers hear it as the editor closes.
    expect(view.container.querySelector('[role="status"]')).toBe(statusRegion);
    await settle();
    expect(client.callsOf('saveOpener').at(-1)?.opener).toEqual({
      title: 'Podcast',
      body: 'Loved your episode, {{firstName}}!',
      tags: ['media', 'podcasts'],
      pinned: false,
    });
    expect(titles()).toContain('Podcast');
    expect(statusText()).toContain('Saved “Podcast”.');
  });

  it('edits an existing opener, keeping its id', async () => {
    await click(getButton(view.container, /^Conference follow-up/));
    expect(getField(view.container, 'Title').value).toBe('Conference follow-up');
    await type(getField(view.container, 'Title'), 'Meetup follow-up');
    await click(getButton(view.container, 'Save opener'));
    expect(client.callsOf('saveOpener').at(-1)?.opener).toMatchObject({ id: 'a', title: 'Meetup follow-up' });
    expect(titles()).toContain('Meetup follow-up');
  });

  it('deletes with an Undo that restores the exact record', async () => {
    const original = client.openers.find((item) => item.id === 'a');
    await click(getButton(view.container, 'Delete Conference follow-up'));
    expect(titles()).not.toContain('Conference follow-up');
    expect(statusText()).toContain('Deleted “Conference follow-up”.');
    await click(getButton(view.container, 'Undo'));
    expect(client.callsOf('restoreOpener')[0]?.opener).toEqual(original);
    expect(titles()).toContain('Conference follow-up');
  });

  it('duplicates an opener as an unpinned copy', async () => {
    await click(getButton(view.container, 'Duplicate Recruiter intro'));
    expect(client.callsOf('saveOpener')[0]?.opener).toMatchObject({
      title: 'Recruiter intro (copy)',
      body: 'I am hiring designers in Lyon.',
    });
    expect(titles()).toContain('Recruiter intro (copy)');
  });

  it('shows a worker error as an alert and keeps the draft', async () => {
    await click(getButton(view.container, 'New opener'));
    await type(getField(view.container, 'Title'), 'Unsaved work');
    client.failNext('saveOpener', 'Storage is full. Delete a few openers and try again.');
    await click(getButton(view.container, 'Save opener'));
    expect(alertText()).toContain('Storage is full.');
    expect(getField(view.container, 'Title').value).toBe('Unsaved work');
  });

  it('asks before discarding unsaved changes on Escape', async () => {
    await click(getButton(view.container, 'New opener'));
    await type(getField(view.container, 'Title'), 'Half written');
    await press(getField(view.container, 'Title'), 'Escape');
    expect(view.container.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Discard unsaved changes?',
    );
    await click(getButton(view.container, 'Keep editing'));
    expect(getField(view.container, 'Title').value).toBe('Half written');
    await press(getField(view.container, 'Title'), 'Escape');
    await click(getButton(view.container, 'Discard changes'));
    expect(titles()).not.toContain('Half written');
    expect(client.callsOf('saveOpener')).toHaveLength(0);
  });

  it('closes a clean editor on Escape without asking', async () => {
    await click(getButton(view.container, /^Recruiter intro/));
    await press(getField(view.container, 'Title'), 'Escape');
    expect(view.container.querySelector('form')).toBeNull();
  });
});

describe('draft persistence', () => {
  it('restores an unsaved draft when the popup opens again', async () => {
    const store = memoryDraftStore();
    const first = await mount(<OpenersTab draftStore={store} />, client);
    await click(getButton(first.container, 'New opener'));
    await type(getField(first.container, 'Title'), 'Survives closing');
    first.unmount();
    const second = await mount(<OpenersTab draftStore={store} />, client);
    expect(getField(second.container, 'Title').value).toBe('Survives closing');
    expect(second.container.textContent).toContain('Restored your unsaved draft.');
    second.unmount();
  });
});

describe('undo message timing', () => {
  it('expires after a few seconds, but not while the Undo button has focus', async () => {
    const { StatusRegion } = await import('../../../src/ui/StatusRegion');
    let expired = 0;
    const message = { text: 'Deleted “A”.', action: { label: 'Undo', run: () => undefined }, key: 1 };
    const held = await mount(
      <StatusRegion message={message} onExpire={() => expired++} durationMs={30} />,
      client,
    );
    await fire(getButton(held.container, 'Undo'), new FocusEvent('focusin', { bubbles: true }));
    await settle(100);
    expect(expired).toBe(0);
    await fire(getButton(held.container, 'Undo'), new FocusEvent('focusout', { bubbles: true }));
    await settle(100);
    expect(expired).toBe(1);
    held.unmount();
  });
});
