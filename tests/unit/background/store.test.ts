import { describe, expect, it } from 'vitest';
import { loadPanelData } from '../../../src/background/panel';
import { getContact, listContacts, saveContact } from '../../../src/background/store/contacts';
import { listInvitations, recordInvitation } from '../../../src/background/store/invitations';
import {
  deleteOpener,
  listOpeners,
  markOpenerUsed,
  restoreOpener,
  saveOpener,
} from '../../../src/background/store/openers';
import { getSettings, saveSettings } from '../../../src/background/store/settings';
import { STARTER_OPENERS } from '../../../src/shared/starter-openers';
import { testStore } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('seeding starter openers', () => {
  it('seeds once on a fresh profile, and never again after the user deleted them', async () => {
    const { store } = testStore();
    const first = await store.run(listOpeners);
    expect(first.map((o) => o.id).sort()).toEqual(STARTER_OPENERS.map((o) => o.id).sort());
    for (const opener of first) await store.run((s) => deleteOpener(s, opener.id));
    await store.run(async () => undefined); // as onInstalled would
    expect(await store.run(listOpeners)).toEqual([]);
  });

  it('is idempotent under concurrent first use', async () => {
    const { store, area } = testStore();
    await Promise.all(Array.from({ length: 10 }, () => store.run(listOpeners)));
    expect(area.data.get('openers:index')).toHaveLength(STARTER_OPENERS.length);
  });
});

describe('concurrent writes', () => {
  it('loses nothing when 5 tabs each save 100 contacts and bump one opener at once', async () => {
    const { store } = testStore();
    const tabs = Array.from({ length: 5 }, (_, tab) =>
      Array.from({ length: 100 }, (_, i) =>
        Promise.all([
          store.run((s) => saveContact(s, { slug: `tab${tab}-person${i}`, notes: `n${i}` })),
          store.run((s) => markOpenerUsed(s, 'starter-why-connect')),
        ]),
      ),
    );
    await Promise.all(tabs.flat());
    const contacts = await store.run(listContacts);
    expect(contacts).toHaveLength(500);
    const opener = (await store.run(listOpeners)).find((o) => o.id === 'starter-why-connect');
    expect(opener?.useCount).toBe(500);
  });

  it('merges concurrent patches to the same contact field by field', async () => {
    const { store } = testStore();
    await Promise.all([
      store.run((s) => saveContact(s, { slug: 'jane', howWeMet: 'at ReactConf' })),
      store.run((s) => saveContact(s, { slug: 'jane', why: 'hiring' })),
      store.run((s) => saveContact(s, { slug: 'JANE', notes: 'likes tea' })),
    ]);
    const jane = await store.run((s) => getContact(s, 'jane'));
    expect(jane).toMatchObject({ slug: 'jane', howWeMet: 'at ReactConf', why: 'hiring', notes: 'likes tea' });
  });
});

describe('openers', () => {
  it('creates, updates (keeping createdAt and useCount), deletes and restores', async () => {
    const { store, time } = testStore();
    const created = await store.run((s) => saveOpener(s, { title: 'Mine', body: 'Hi {{firstName}}' }));
    await store.run((s) => markOpenerUsed(s, created.id));
    time.advance(1000);
    const updated = await store.run((s) => saveOpener(s, { id: created.id, title: 'Mine 2', body: 'Hello' }));
    expect(updated).toMatchObject({ createdAt: created.createdAt, useCount: 1, title: 'Mine 2' });
    expect(updated.updatedAt).toBe(created.updatedAt + 1000);
    const removed = await store.run((s) => deleteOpener(s, created.id));
    expect((await store.run(listOpeners)).some((o) => o.id === created.id)).toBe(false);
    await store.run((s) => restoreOpener(s, removed));
    expect((await store.run(listOpeners)).find((o) => o.id === created.id)).toEqual(removed);
  });

  it('answers null when marking a missing opener used', async () => {
    const { store } = testStore();
    expect(await store.run((s) => markOpenerUsed(s, 'gone'))).toBeNull();
  });
});

describe('settings', () => {
  it('merges patches, guards one by one', async () => {
    const { store } = testStore();
    await store.run((s) => saveSettings(s, { guards: { noNote: false }, myName: 'Sam' }));
    await store.run((s) => saveSettings(s, { guards: { wrongName: false } }));
    const settings = await store.run(getSettings);
    expect(settings.guards).toEqual({
      defaultText: true,
      overLimit: true,
      placeholder: true,
      wrongName: false,
      noNote: false,
    });
    expect(settings.myName).toBe('Sam');
  });
});

describe('panel data', () => {
  it('sorts openers, finds the contact and summarises recent invitations', async () => {
    const now = new Date(2026, 2, 3, 12).getTime(); // 3 March, local time
    const { store } = testStore({}, now);
    await store.run((s) => saveOpener(s, { id: 'pinned', title: 'Zed', body: 'x', pinned: true }));
    await store.run((s) => markOpenerUsed(s, 'starter-mutual'));
    await store.run((s) => saveContact(s, { slug: 'jane', howWeMet: 'at ReactConf' }));
    const send = (sentAt: number, personalised: boolean, fingerprint?: string) =>
      store.run((s) =>
        recordInvitation(s, {
          name: '',
          personalised,
          noteLength: 10,
          sentAt,
          surface: 'x',
          ...(fingerprint ? { fingerprint } : {}),
        }),
      );
    await send(now - 40 * DAY, true, 'too-old');
    await send(now - 20 * DAY, true, 'feb'); // February: recent, but not this month
    await send(now - 1 * DAY, true, 'mar-1');
    await send(now - 2 * DAY, false, 'mar-2');
    await send(now - 1000, true);
    const panel = await store.run((s) => loadPanelData(s, 'Jane'));
    expect(panel.openers.map((o) => o.id).slice(0, 2)).toEqual(['pinned', 'starter-mutual']);
    expect(panel.contact?.howWeMet).toBe('at ReactConf');
    expect(panel.recentFingerprints).toEqual(['mar-1', 'mar-2', 'feb']);
    expect(panel.personalisedThisMonth).toBe(2);
    expect(await store.run(listInvitations)).toHaveLength(5);
    expect((await store.run((s) => loadPanelData(s, undefined))).contact).toBeNull();
  });
});

describe('read cache', () => {
  it('serves repeated lists from memory and drops them when storage changes another way', async () => {
    const { store, area } = testStore();
    const first = await store.run(listOpeners);
    area.data.set('openers:index', ['starter-mutual']); // e.g. a change seen through storage.onChanged
    expect(await store.run(listOpeners)).toEqual(first);
    store.invalidate(['openers:index']);
    expect((await store.run(listOpeners)).map((o) => o.id)).toEqual(['starter-mutual']);
  });
});
