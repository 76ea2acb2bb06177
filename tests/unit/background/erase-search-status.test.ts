import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { createStore } from '../../../src/background/store';
import { saveContact } from '../../../src/background/store/contacts';
import { STORE_VERSION } from '../../../src/background/store/keys';
import { searchOpeners } from '../../../src/background/store/opener-search';
import { listOpeners, saveOpener } from '../../../src/background/store/openers';
import { createSyncService, MIN_INTERVAL_MS } from '../../../src/background/sync/scheduler';
import { STARTER_OPENERS } from '../../../src/shared/starter-openers';
import { clock, memoryArea, popupSender, SELF, testStore } from './helpers';
import { device, quotaSyncArea } from './sync-helpers';

describe('eraseAllData', () => {
  async function filled() {
    const sync = quotaSyncArea();
    const d = device(sync);
    await d.store.run((s) => saveContact(s, { slug: 'jane', notes: 'private' }));
    await d.store.run((s) => saveOpener(s, { title: 'Mine', body: 'Hi' }));
    await d.sync();
    expect(sync.data.size).toBeGreaterThan(0);
    return { ...d, syncArea: sync, route: createRouter(d.store, () => SELF) };
  }

  it('clears local data and the sync copy, and does not bring starter openers back', async () => {
    const { local, syncArea, route, store } = await filled();
    const reply = await route({ type: 'eraseAllData', reseed: false }, popupSender);
    expect(reply).toEqual({
      ok: true,
      data: { removedKeys: expect.any(Number), reseeded: false, syncTurnedOff: true },
    });
    expect(syncArea.data.size).toBe(0);
    expect([...local.data.keys()].sort()).toEqual(['meta', 'settings']);
    expect(await store.run(listOpeners)).toEqual([]);
    expect(local.data.get('settings')).toMatchObject({ syncOpeners: false, syncContacts: false });
  });

  it('reseeds the starter openers when asked', async () => {
    const { route, store } = await filled();
    await route({ type: 'eraseAllData', reseed: true }, popupSender);
    expect((await store.run(listOpeners)).map((o) => o.id).sort()).toEqual(
      STARTER_OPENERS.map((o) => o.id).sort(),
    );
  });

  it('also erases a store written by a newer version (the one write read-only mode allows)', async () => {
    const { store, area } = testStore({
      meta: { v: 99, seeded: true, createdAt: 0 },
      'contact:x': { v: 99 },
    });
    const route = createRouter(store, () => SELF);
    expect(await route({ type: 'saveContact', patch: { slug: 'y' } }, popupSender)).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await route({ type: 'eraseAllData', reseed: false }, popupSender)).toMatchObject({ ok: true });
    expect(area.data.get('meta')).toMatchObject({ v: STORE_VERSION });
    expect(area.data.has('contact:x')).toBe(false);
  });
});

describe('read-only notice', () => {
  it('reaches the UI through getStorageStatus and getPanelData', async () => {
    const { store } = testStore({ meta: { v: 99, seeded: true, createdAt: 0 } });
    const route = createRouter(store, () => SELF);
    expect(await route({ type: 'getStorageStatus' }, popupSender)).toEqual({
      ok: true,
      data: {
        schemaVersion: STORE_VERSION,
        storedVersion: 99,
        readOnly: true,
        message: expect.stringMatching(/newer version/),
        quarantined: 0,
      },
    });
    const panel = await route({ type: 'getPanelData' }, popupSender);
    expect(panel).toMatchObject({ ok: true, data: { readOnlyNotice: expect.stringMatching(/read-only/) } });
  });

  it('is absent on a current store', async () => {
    const { store } = testStore();
    const route = createRouter(store, () => SELF);
    const panel = await route({ type: 'getPanelData' }, popupSender);
    expect(panel.ok && 'readOnlyNotice' in (panel.data as object)).toBe(false);
  });
});

describe('searchOpeners', () => {
  it('finds openers by title, tag or body words, tolerating typos, title matches first', async () => {
    const { store } = testStore();
    await store.run(async (s) => {
      await saveOpener(s, { id: 'r', title: 'Recruiter outreach', body: 'Hi, I am hiring.' });
      await saveOpener(s, { id: 'b', title: 'Coffee', body: 'A recruiter told me about you.' });
      await saveOpener(s, { id: 't', title: 'Conference', body: 'Great talk', tags: ['berlin'] });
    });
    const ids = async (query: string) => (await store.run((s) => searchOpeners(s, query))).map((o) => o.id);
    expect(await ids('recruiter')).toEqual(['r', 'b']);
    expect(await ids('recrutier')).toEqual(['r', 'b']); // transposition
    expect(await ids('berlin')).toEqual(['t']);
    expect(await ids('rec hiring')).toEqual(['r']);
    expect(await ids('zzz')).toEqual([]);
    expect(await ids('')).toHaveLength(3 + STARTER_OPENERS.length);
  });
});

describe('sync scheduling', () => {
  it('turns a burst of changes into one pass, and keeps passes apart', async () => {
    const timers: { at: number; run: () => void }[] = [];
    const time = clock(0);
    const sync = quotaSyncArea();
    const store = createStore(memoryArea(), time.now, sync);
    const run = vi.spyOn(store, 'run');
    const service = createSyncService(store, sync, {
      now: time.now,
      setTimeout: (callback, ms) => timers.push({ at: time.now() + ms, run: callback }),
    });
    service.noteChanges(['opener:a'], 'local');
    service.noteChanges(['opener:b', 'openers:index'], 'local');
    service.noteChanges(['sync:status', 'quarantine'], 'local'); // not synced: no pass
    service.noteChanges(['pt:openers'], 'sync');
    expect(timers).toHaveLength(1);
    time.set(timers[0]?.at ?? 0);
    timers.shift()?.run();
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    service.noteChanges(['settings'], 'local');
    expect(timers[0]?.at).toBeGreaterThanOrEqual(time.now() + MIN_INTERVAL_MS - 1);
  });
});
