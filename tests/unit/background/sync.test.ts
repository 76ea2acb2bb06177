import { describe, expect, it } from 'vitest';
import { getContact, saveContact } from '../../../src/background/store/contacts';
import { deleteOpener, listOpeners, restoreOpener, saveOpener } from '../../../src/background/store/openers';
import { getSettings, saveSettings } from '../../../src/background/store/settings';
import { TOMBSTONE_TTL_MS } from '../../../src/background/store/tombstones';
import { decodeCollection, splitText } from '../../../src/background/sync/chunks';
import { getSyncStatus } from '../../../src/background/sync/status';
import { STARTER_OPENERS } from '../../../src/shared/starter-openers';
import { chromeItemBytes, device, quotaSyncArea } from './sync-helpers';

const MINUTE = 60_000;

function twoDevices() {
  const sync = quotaSyncArea();
  return { sync, a: device(sync), b: device(sync) };
}

const titles = async (d: ReturnType<typeof device>) =>
  (await d.store.run(listOpeners)).map((o) => o.title).sort();

describe('sync between two devices', () => {
  it('brings edits made on each device to the other', async () => {
    const { a, b } = twoDevices();
    await a.store.run((s) => saveOpener(s, { id: 'from-a', title: 'From A', body: 'Hi' }));
    await b.store.run((s) => saveOpener(s, { id: 'from-b', title: 'From B', body: 'Hello' }));
    await a.sync();
    await b.sync();
    await a.sync();
    expect(await titles(a)).toEqual(await titles(b));
    expect(await titles(a)).toEqual(expect.arrayContaining(['From A', 'From B']));
  });

  it('resolves a conflict per opener by update time, the same way on both devices', async () => {
    const { a, b } = twoDevices();
    await a.store.run((s) => saveOpener(s, { id: 'x', title: 'Shared', body: 'v1' }));
    await a.sync();
    await b.sync();
    b.time.advance(MINUTE);
    await b.store.run((s) => saveOpener(s, { id: 'x', title: 'Shared', body: 'newer on B' }));
    a.time.advance(30_000);
    await a.store.run((s) => saveOpener(s, { id: 'x', title: 'Shared', body: 'older on A' }));
    await a.sync();
    await b.sync();
    await a.sync();
    for (const d of [a, b]) {
      expect((await d.store.run(listOpeners)).find((o) => o.id === 'x')?.body).toBe('newer on B');
    }
  });

  it('keeps deletions as tombstones: an older copy elsewhere does not bring the opener back', async () => {
    const { a, b } = twoDevices();
    await a.store.run((s) => saveOpener(s, { id: 'gone', title: 'Gone', body: 'x' }));
    await a.sync();
    await b.sync();
    a.time.advance(MINUTE);
    b.time.advance(MINUTE);
    const removed = await a.store.run((s) => deleteOpener(s, 'gone'));
    await b.sync(); // B pushes its (older) copy before hearing of the delete
    await a.sync();
    await b.sync();
    expect((await a.store.run(listOpeners)).some((o) => o.id === 'gone')).toBe(false);
    expect((await b.store.run(listOpeners)).some((o) => o.id === 'gone')).toBe(false);
    expect(a.local.data.get('tombstones')).toMatchObject({ openers: [{ id: 'gone' }] });

    // Undo after the delete synced: the restore is newer than the tombstone, so it wins everywhere.
    a.time.advance(MINUTE);
    await a.store.run((s) => restoreOpener(s, removed));
    await a.sync();
    await b.sync();
    expect((await b.store.run(listOpeners)).some((o) => o.id === 'gone')).toBe(true);
  });

  it('prunes tombstones after 90 days', async () => {
    const { a } = twoDevices();
    await a.store.run((s) => saveOpener(s, { id: 'old', title: 'Old', body: 'x' }));
    await a.store.run((s) => deleteOpener(s, 'old'));
    a.time.advance(TOMBSTONE_TTL_MS + MINUTE);
    await a.sync();
    expect(a.local.data.get('tombstones')).toMatchObject({ openers: [] });
  });

  it('splits an oversize opener over several items and reassembles it exactly', async () => {
    const { sync, a, b } = twoDevices();
    // Three openers of 2,000 emoji-and-quote characters (~4 KB each) cannot share one 8 KB item.
    const body = '😀"'.repeat(666);
    for (const id of ['big', 'big-2', 'big-3']) {
      await a.store.run((s) => saveOpener(s, { id, title: 'Big', body }));
    }
    await a.sync();
    const decoded = decodeCollection('openers', Object.fromEntries(sync.data));
    expect(decoded).toMatchObject({ kind: 'ok' });
    expect(decoded.kind === 'ok' && decoded.parts).toBeGreaterThan(1);
    await b.sync();
    expect((await b.store.run(listOpeners)).find((o) => o.id === 'big')?.body).toBe(body);
  });

  it('counts bytes as Chrome does: a library full of "<" (six bytes each to Chrome) fits every item', async () => {
    const { sync, a, b } = twoDevices();
    const body = 'I <3 <Suspense> \u2028'.repeat(110).slice(0, 2000);
    for (let i = 0; i < 6; i++) await a.store.run((s) => saveOpener(s, { id: `lt${i}`, title: '<<<', body }));
    const { status } = await a.sync();
    expect(status.state).toBe('ok');
    for (const [key, value] of sync.data) expect(chromeItemBytes(key, value)).toBeLessThanOrEqual(8_192);
    expect(status.bytesInUse).toBe([...sync.data].reduce((sum, [k, v]) => sum + chromeItemBytes(k, v), 0));
    await b.sync();
    expect((await b.store.run(listOpeners)).find((o) => o.id === 'lt5')?.body).toBe(body);
  });

  it('a write the browser refuses for size reads as over quota, not as sync unavailable, and is not retried', async () => {
    const { sync, a } = twoDevices();
    const realSet = sync.set;
    sync.set = () => Promise.reject(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    const outcome = await a.sync();
    expect(outcome.status).toMatchObject({
      state: 'over-quota',
      message: expect.stringMatching(/kept on this device/),
    });
    expect(outcome.retryInMs).toBeUndefined();
    sync.set = realSet;
    expect((await a.sync()).status.state).toBe('ok');
  });

  it('never splits inside a surrogate pair', () => {
    const pieces = splitText('😀'.repeat(10), 9);
    expect(pieces.join('')).toBe('😀'.repeat(10));
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('falls back to local storage with a clear message when openers exceed the quota', async () => {
    const { sync, a, b } = twoDevices();
    for (let i = 0; i < 80; i++) {
      await a.store.run((s) => saveOpener(s, { id: `o${i}`, title: `Opener ${i}`, body: 'é'.repeat(1000) }));
    }
    await a.store.run((s) => saveSettings(s, { myName: 'Sam' }));
    const { status } = await a.sync();
    expect(status.state).toBe('over-quota');
    expect(status.message).toMatch(/openers need \d+ KB.*kept on this device/);
    expect(await a.store.run(listOpeners)).toHaveLength(80 + STARTER_OPENERS.length); // nothing lost locally
    expect([...sync.data.keys()].some((key) => key.startsWith('pt:openers'))).toBe(false);
    await b.sync(); // settings still synced
    expect((await b.store.run(getSettings)).myName).toBe('Sam');
    expect(await a.store.run(getSyncStatus)).toMatchObject({ state: 'over-quota', quotaBytes: 102_400 });
  });

  it('keeps settings newest-first but the sync switches per device', async () => {
    const { a, b } = twoDevices();
    await b.store.run((s) => saveSettings(s, { syncContacts: true }));
    a.time.advance(MINUTE);
    await a.store.run((s) => saveSettings(s, { myName: 'Alex' }));
    await b.sync();
    await a.sync();
    await b.sync();
    const onB = await b.store.run(getSettings);
    expect(onB).toMatchObject({ myName: 'Alex', syncContacts: true });
    expect((await a.store.run(getSettings)).syncContacts).toBe(false);
  });

  it('keeps contact notes on this device unless their sync is turned on', async () => {
    const { sync, a, b } = twoDevices();
    await a.store.run((s) => saveContact(s, { slug: 'jane', howWeMet: 'at ReactConf' }));
    await a.sync();
    await b.sync();
    expect(await b.store.run((s) => getContact(s, 'jane'))).toBeNull();
    expect(JSON.stringify([...sync.data.values()])).not.toContain('ReactConf');

    await a.store.run((s) => saveSettings(s, { syncContacts: true }));
    await b.store.run((s) => saveSettings(s, { syncContacts: true }));
    await a.sync();
    await b.sync();
    expect(await b.store.run((s) => getContact(s, 'jane'))).toMatchObject({ howWeMet: 'at ReactConf' });
  });

  it('does nothing with sync storage when both switches are off', async () => {
    const { sync, a } = twoDevices();
    await a.store.run((s) => saveSettings(s, { syncOpeners: false }));
    expect((await a.sync()).status.state).toBe('off');
    expect(sync.data.size).toBe(0);
  });

  it('writes nothing when the sync copy is already up to date', async () => {
    const { sync, a } = twoDevices();
    await a.sync();
    const writes = sync.state.writes;
    await a.sync();
    expect(sync.state.writes).toBe(writes);
  });

  it('waits instead of reading a torn copy, then overwrites one that stays torn', async () => {
    const { sync, a, b } = twoDevices();
    await a.store.run((s) => saveOpener(s, { id: 't', title: 'T', body: 'x' }));
    await a.sync();
    const manifest = sync.data.get('pt:openers') as { gen: string };
    sync.data.set('pt:openers', { ...manifest, gen: 'other' });
    const first = await b.sync();
    expect(first).toMatchObject({ status: { state: 'pending' }, retryInMs: expect.any(Number) });
    expect(await b.store.run(listOpeners)).not.toContainEqual(expect.objectContaining({ id: 't' }));
    b.time.advance(10_000);
    const second = await b.sync();
    expect(second.status.state).toBe('ok');
  });

  it('reports the write-rate limit and asks to retry later', async () => {
    const { sync, a } = twoDevices();
    sync.state.rateLimited = true;
    const outcome = await a.sync();
    expect(outcome.status).toMatchObject({
      state: 'pending',
      message: expect.stringMatching(/about a minute/),
    });
    expect(outcome.retryInMs).toBe(60_000);
  });
});
