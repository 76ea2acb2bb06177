// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactsTab } from '../../../src/popup/contacts/ContactsTab';
import { click, getButton, getField, type Mounted, mount, settle, text, type } from './dom';
import { contact, FakeClient, invitation } from './fake-client';

let client: FakeClient;
let view: Mounted;
const names = () => text(view.container, '.contact__name');
const saveState = () => view.container.querySelector('.save-state')?.textContent ?? '';

beforeEach(async () => {
  client = new FakeClient();
  client.contacts = [
    contact({ slug: 'jane-doe', name: 'Jane Doe', howWeMet: 'Berlin product meetup', where: 'Berlin' }),
    contact({ slug: 'omar-haddad', name: 'Omar Haddad', why: 'Hiring a designer' }),
  ];
  client.invitations = [
    invitation({ id: 'i1', slug: 'jane-doe', noteLength: 142, status: 'accepted' }),
    invitation({ id: 'i2', slug: 'omar-haddad', personalised: false, noteLength: 0 }),
  ];
  view = await mount(<ContactsTab />, client);
});
afterEach(() => view.unmount());

describe('contacts', () => {
  it('searches people by name and notes, forgiving typos', async () => {
    expect(names()).toEqual(['Omar Haddad', 'Jane Doe']);
    await type(getField(view.container, 'Search people'), 'meetpu');
    expect(names()).toEqual(['Jane Doe']);
    await type(getField(view.container, 'Search people'), 'designer');
    expect(names()).toEqual(['Omar Haddad']);
  });

  it('shows only what was sent to the open person, with its status', async () => {
    await click(getButton(view.container, /^Jane Doe/));
    const history = text(view.container, '.history__item');
    expect(history).toHaveLength(1);
    expect(history[0]).toContain('With a personal note (142 characters)');
    expect(history[0]).toContain('Accepted');
  });

  it('saves edits as the user types, after a pause, and says so', async () => {
    await click(getButton(view.container, /^Jane Doe/));
    await type(getField<HTMLTextAreaElement>(view.container, 'How we met'), 'Berlin meetup, her talk');
    await type(getField(view.container, 'When'), 'May 2026');
    expect(client.callsOf('saveContact')).toHaveLength(0);
    await settle(700);
    expect(client.callsOf('saveContact')).toEqual([
      {
        type: 'saveContact',
        patch: { slug: 'jane-doe', howWeMet: 'Berlin meetup, her talk', when: 'May 2026' },
      },
    ]);
    expect(saveState()).toBe('Saved');
  });

  it('writes a pending edit when the user goes back before the pause ends', async () => {
    await click(getButton(view.container, /^Jane Doe/));
    await type(getField(view.container, 'Where'), 'Kreuzberg');
    await click(getButton(view.container, 'Back to people'));
    await settle();
    expect(client.callsOf('saveContact')[0]?.patch).toEqual({ slug: 'jane-doe', where: 'Kreuzberg' });
    expect(text(view.container, '.contact__excerpt')).toContain('Berlin product meetup · Kreuzberg');
  });

  it('shows a failed save as an alert and retries it with the next change', async () => {
    await click(getButton(view.container, /^Omar Haddad/));
    client.failNext('saveContact', 'Could not save your notes.');
    await type(getField(view.container, 'Where'), 'Lyon');
    await settle(700);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Could not save your notes.',
    );
    await type(getField(view.container, 'When'), 'June');
    await settle(700);
    expect(client.callsOf('saveContact').at(-1)?.patch).toEqual({
      slug: 'omar-haddad',
      where: 'Lyon',
      when: 'June',
    });
    expect(saveState()).toBe('Saved');
  });
});
