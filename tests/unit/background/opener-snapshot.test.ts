import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/background/store';
import { STORE_VERSION } from '../../../src/background/store/keys';
import { decodeSnapshot, encodeSnapshot } from '../../../src/background/store/opener-snapshot';
import {
  compareOpeners,
  deleteOpener,
  listOpeners,
  markOpenerUsed,
  saveOpener,
} from '../../../src/background/store/openers';
import { type Opener, OpenerSchema } from '../../../src/shared/schema/stored';
import { testStore } from './helpers';

const meta = { v: STORE_VERSION, seeded: true, createdAt: 1 };
const opener = (id: string, title = id): Opener =>
  OpenerSchema.parse({ id, title, body: `Hi, ${title}`, createdAt: 1, updatedAt: 1 });

/** Three openers stored as the worker writes them: records, index and snapshot. */
function storedWithSnapshot() {
  const openers = [opener('a', 'Alpha'), opener('b', 'Beta'), opener('c', 'Gamma')];
  const ids = openers.map((o) => o.id);
  return {
    meta,
    'openers:index': ids,
    ...Object.fromEntries(openers.map((o) => [`opener:${o.id}`, o])),
    'openers:snapshot': encodeSnapshot([...openers].sort(compareOpeners), ids),
  };
}

/** What the full, per-key read gives: every record parsed, sorted. */
function fullRead(data: Map<string, unknown>): Opener[] {
  const ids = data.get('openers:index') as string[];
  return ids.map((id) => OpenerSchema.parse(data.get(`opener:${id}`))).sort(compareOpeners);
}

/** A store as after a worker start: same storage, empty read cache; records which keys it reads. */
function restart(area: ReturnType<typeof testStore>['area']) {
  const read: string[] = [];
  const get = (keys: readonly string[]) => {
    read.push(...keys);
    return area.get(keys);
  };
  const spied = { ...area, get };
  return { store: createStore(spied, () => 5), read };
}

const snapshotIsCurrent = (data: Map<string, unknown>) =>
  expect(decodeSnapshot(data.get('openers:snapshot'), data.get('openers:index'))).toEqual(fullRead(data));

describe('opener snapshot: cold reads', () => {
  it('serves the first list after a start from the snapshot, reading no opener record', async () => {
    const { area } = testStore(storedWithSnapshot());
    const { store, read } = restart(area);
    expect((await store.run(listOpeners)).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(read.filter((key) => key.startsWith('opener:'))).toEqual([]);
  });

  it('is written with every opener write, so a restart still reads one key', async () => {
    const { store, area } = testStore({}, 1);
    await store.run((s) => saveOpener(s, { id: 'mine', title: 'Mine', body: 'x' }));
    await store.run((s) => markOpenerUsed(s, 'mine'));
    await store.run((s) => deleteOpener(s, 'starter-mutual'));
    snapshotIsCurrent(area.data);
    const { store: after, read } = restart(area);
    expect(await after.run(listOpeners)).toEqual(fullRead(area.data));
    expect(read.filter((key) => key.startsWith('opener:'))).toEqual([]);
  });
});

describe('opener snapshot: any doubt means the full read with repair', () => {
  const cases: [string, (data: Map<string, unknown>) => void][] = [
    [
      'stale: an opener added behind its back (index changed)',
      (data) => {
        data.set('opener:d', opener('d', 'Delta'));
        data.set('openers:index', ['a', 'b', 'c', 'd']);
      },
    ],
    [
      'corrupted: one character of the text changed, JSON still valid',
      (data) => {
        const snap = data.get('openers:snapshot') as { text: string };
        data.set('openers:snapshot', { ...snap, text: snap.text.replace('Alpha', 'Alpho') });
      },
    ],
    [
      'corrupted: text cut short',
      (data) => {
        const snap = data.get('openers:snapshot') as { text: string };
        data.set('openers:snapshot', { ...snap, text: snap.text.slice(0, 40) });
      },
    ],
    ['corrupted: not an object', (data) => data.set('openers:snapshot', 'garbage')],
    [
      'from an older record schema',
      (data) => data.set('openers:snapshot', { ...(data.get('openers:snapshot') as object), schema: 0 }),
    ],
    [
      'from an older store layout',
      (data) => data.set('openers:snapshot', { ...(data.get('openers:snapshot') as object), layout: 1 }),
    ],
    [
      'from another snapshot format',
      (data) => data.set('openers:snapshot', { ...(data.get('openers:snapshot') as object), format: 99 }),
    ],
  ];

  for (const [name, damage] of cases) {
    it(name, async () => {
      const { area } = testStore(storedWithSnapshot());
      damage(area.data);
      const { store, read } = restart(area);
      expect(await store.run(listOpeners)).toEqual(fullRead(area.data));
      expect(read).toContain('opener:a'); // the records themselves were read
      snapshotIsCurrent(area.data); // and a good snapshot written back
      expect(area.data.has('quarantine')).toBe(false); // derived data: rebuilt, never quarantined
    });
  }

  it('repairs a broken record on the fallback and snapshots the repaired list', async () => {
    const data = storedWithSnapshot();
    const { area } = testStore({ ...data, 'opener:b': { ...opener('b'), pinned: 'yes' } });
    area.data.set('openers:snapshot', null);
    const { store } = restart(area);
    expect((await store.run(listOpeners)).find((o) => o.id === 'b')?.pinned).toBe(false);
    expect(area.data.get('quarantine')).toEqual([expect.objectContaining({ key: 'opener:b' })]);
    snapshotIsCurrent(area.data);
  });

  it('is marked stale in the same set when opener keys are written without a new one', async () => {
    const { store, area } = testStore(storedWithSnapshot());
    await store.run((s) => s.set({ 'opener:a': opener('a', 'Changed') }));
    expect(area.data.get('openers:snapshot')).toBeNull();
    const { store: after } = restart(area);
    expect((await after.run(listOpeners)).find((o) => o.id === 'a')?.title).toBe('Changed');
  });

  it('is not written while a record from a newer version is listed (it stays protected)', async () => {
    const future = { ...opener('f'), v: 99 };
    const { store, area } = testStore({ meta, 'openers:index': ['f'], 'opener:f': future });
    await store.run(listOpeners);
    expect(area.data.has('openers:snapshot')).toBe(false);
  });
});

describe('opener snapshot under concurrent writes', () => {
  it('matches the records after 5 tabs save, use and delete openers at once', async () => {
    const { store, area } = testStore({}, 1);
    const tabs = Array.from({ length: 5 }, (_, tab) =>
      Array.from({ length: 20 }, (_, i) =>
        Promise.all([
          store.run((s) => saveOpener(s, { id: `t${tab}-${i}`, title: `Tab ${tab} #${i}`, body: 'x' })),
          store.run((s) => markOpenerUsed(s, 'starter-why-connect')),
          i % 5 === 0 ? store.run((s) => deleteOpener(s, `t${tab}-${i}`)) : Promise.resolve(),
        ]),
      ),
    );
    await Promise.all(tabs.flat());
    snapshotIsCurrent(area.data);
    const { store: after } = restart(area);
    const openers = await after.run(listOpeners);
    expect(openers).toEqual(fullRead(area.data));
    expect(openers.find((o) => o.id === 'starter-why-connect')?.useCount).toBe(100);
    expect(openers.filter((o) => o.id.startsWith('t'))).toHaveLength(80);
  });
});
