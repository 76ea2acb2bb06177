import { describe, expect, it } from 'vitest';
import { getContact, listContacts } from '../../../src/background/store/contacts';
import { listInvitations } from '../../../src/background/store/invitations';
import { contactShardKey, contactShardOf, STORE_VERSION } from '../../../src/background/store/keys';
import { listOpeners } from '../../../src/background/store/openers';
import { getSettings } from '../../../src/background/store/settings';
import type { QuarantineEntry } from '../../../src/shared/schema/stored';
import { testStore } from './helpers';

const meta = { v: STORE_VERSION, seeded: true, createdAt: 1 };
const goodOpener = { v: 1, id: 'ok', title: 'Fine', body: 'Hi', createdAt: 1, updatedAt: 1 };

describe('repair, not deletion', () => {
  it('repairs a record field by field and keeps the raw original in quarantine', async () => {
    const broken = { ...goodOpener, id: 'bad', pinned: 'yes', useCount: -3, tags: 'oops' };
    const { store, area } = testStore({ meta, 'openers:index': ['bad'], 'opener:bad': broken });
    const [opener] = await store.run(listOpeners);
    expect(opener).toMatchObject({ id: 'bad', title: 'Fine', pinned: false, useCount: 0, tags: [] });
    expect(area.data.get('opener:bad')).toEqual(opener); // the repair was written back
    const quarantine = area.data.get('quarantine') as QuarantineEntry[];
    expect(quarantine).toEqual([expect.objectContaining({ key: 'opener:bad', raw: broken })]);
    expect(quarantine[0]?.reason).toMatch(/pinned/);
  });

  it('fills what the key knows (id, slug) and the clock knows (timestamps)', async () => {
    const { store, time } = testStore({
      meta,
      [contactShardKey(contactShardOf('jane'))]: ['jane'],
      'contact:jane': { howWeMet: 'at ReactConf' },
    });
    expect(await store.run((s) => getContact(s, 'jane'))).toMatchObject({
      slug: 'jane',
      howWeMet: 'at ReactConf',
      updatedAt: time.now(),
    });
  });

  it('moves what cannot be repaired into quarantine and removes the key', async () => {
    const { store, area } = testStore({
      meta,
      'openers:index': ['ok', 'junk', 'nobody'],
      'opener:ok': goodOpener,
      'opener:junk': 'not an object',
      'opener:nobody': { title: 'no body at all' },
    });
    expect((await store.run(listOpeners)).map((o) => o.id)).toEqual(['ok']);
    expect(area.data.has('opener:junk')).toBe(false);
    const keys = (area.data.get('quarantine') as QuarantineEntry[]).map((entry) => [entry.key, entry.raw]);
    expect(keys).toEqual([
      ['opener:junk', 'not an object'],
      ['opener:nobody', { title: 'no body at all' }],
    ]);
  });

  it('rebuilds a broken index shard from the stored keys that belong to it', async () => {
    const shardOfA = contactShardKey(contactShardOf('a'));
    const other = ['b', 'c', 'd', 'e'].find((slug) => contactShardOf(slug) !== contactShardOf('a')) ?? '';
    const { store, area } = testStore({
      meta,
      [shardOfA]: 'garbage',
      [contactShardKey(contactShardOf(other))]: [other],
      'contact:a': { slug: 'a', updatedAt: 2 },
      [`contact:${other}`]: { slug: other, updatedAt: 1 },
    });
    expect((await store.run(listContacts)).map((c) => c.slug)).toEqual(['a', other]);
    expect(area.data.get(shardOfA)).toEqual(['a']);
    expect(area.data.get('quarantine')).toEqual([expect.objectContaining({ key: shardOfA, raw: 'garbage' })]);
  });

  it('repairs items of an invitation bucket one by one', async () => {
    const good = { id: 'i1', personalised: true, noteLength: 50, sentAt: 5 };
    const { store, area } = testStore({
      meta,
      'invitations:index': ['2026-03'],
      'invitations:2026-03': [good, { ...good, id: 'i2', status: 'weird' }, 7],
    });
    const invitations = await store.run(listInvitations);
    expect(invitations.map((i) => [i.id, i.status])).toEqual([
      ['i1', 'pending'],
      ['i2', 'pending'],
    ]);
    expect((area.data.get('quarantine') as QuarantineEntry[]).map((e) => e.key)).toEqual([
      'invitations:2026-03#1',
      'invitations:2026-03#2',
    ]);
  });

  it('keeps an unreadable settings record and answers defaults', async () => {
    const { store, area } = testStore({ meta, settings: ['not', 'settings'] });
    expect((await store.run(getSettings)).myName).toBe('');
    expect(area.data.get('quarantine')).toEqual([
      expect.objectContaining({ key: 'settings', raw: ['not', 'settings'] }),
    ]);
  });
});

describe('acknowledged writes are on storage before the reply', () => {
  it('resolves a save only after storage.set resolved', async () => {
    const { store, area } = testStore({ meta });
    const realSet = area.set;
    let release: () => void = () => undefined;
    area.set = async (items) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return realSet(items);
    };
    let answered = false;
    const saving = store
      .run((s) => getSettings(s).then(() => s.set({ settings: { myName: 'x' } })))
      .then(() => {
        answered = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    release();
    await saving;
    expect(area.data.get('settings')).toEqual({ myName: 'x' });
  });
});
