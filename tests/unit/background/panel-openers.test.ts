import { describe, expect, it } from 'vitest';
import { loadPanelData } from '../../../src/background/panel';
import { createStore } from '../../../src/background/store';
import { KEYS, STORE_VERSION } from '../../../src/background/store/keys';
import {
  applySyncedOpeners,
  compareOpeners,
  deleteOpener,
  listOpeners,
  markOpenerUsed,
  restoreOpener,
  saveOpener,
} from '../../../src/background/store/openers';
import {
  decodePanelOpeners,
  PANEL_OPENER_LIMIT,
  selectPanelOpeners,
} from '../../../src/background/store/panel-openers';
import { applyImport } from '../../../src/background/transfer/handlers';
import { type Opener, OpenerSchema, SettingsSchema } from '../../../src/shared/schema/stored';
import { type memoryArea, testStore } from './helpers';

const meta = { v: STORE_VERSION, seeded: true, createdAt: 1 };
const opener = (i: number, extra: Partial<Opener> = {}): Opener =>
  OpenerSchema.parse({
    id: `o${i}`,
    title: `Opener ${String(i).padStart(3, '0')}`,
    body: `Hi {{firstName}}, about topic ${i}.`,
    createdAt: 1,
    updatedAt: 1,
    useCount: i % 7,
    pinned: i % 40 === 0,
    ...extra,
  });

const importFile = (openers: Opener[]): string =>
  JSON.stringify({
    format: 'personal-touch',
    schemaVersion: 1,
    exportedAt: 1,
    openers,
    contacts: [],
    settings: SettingsSchema.parse({}),
    invitations: [],
  });

/** A library of `count` openers written the way the worker writes them (records, index, derived keys). */
async function library(count: number) {
  const { store, area, time } = testStore({ meta }, 1);
  const openers = Array.from({ length: count }, (_, i) => opener(i));
  await store.run((s) => applySyncedOpeners(s, openers, []));
  return { store, area, time };
}

/** What the panel must get: chosen from the full, per-key read of the records. */
function expected(data: Map<string, unknown>): Opener[] {
  const ids = data.get(KEYS.openerIndex) as string[];
  const sorted = ids.map((id) => OpenerSchema.parse(data.get(`opener:${id}`))).sort(compareOpeners);
  return selectPanelOpeners(sorted);
}

/** A store as after a worker start: same storage, empty read cache; records which keys it reads. */
function restart(area: ReturnType<typeof memoryArea>, now = 5) {
  const read: string[] = [];
  const get = (keys: readonly string[]) => {
    read.push(...keys);
    return area.get(keys);
  };
  return { store: createStore({ ...area, get }, () => now), read };
}

const storedIsCurrent = (data: Map<string, unknown>) =>
  expect(decodePanelOpeners(data.get(KEYS.panelOpeners), data.get(KEYS.openerIndex))).toEqual(expected(data));

describe('panel openers: what the panel is offered', () => {
  it('offers every opener of a library that fits, in the panel order', async () => {
    const { area } = await library(12);
    const { store } = restart(area);
    const panel = await store.run((s) => loadPanelData(s, undefined));
    expect(panel.openers).toEqual(expected(area.data));
    expect(panel.openers).toHaveLength(12);
  });

  it('offers a bounded choice of a large library: pinned and most used first, and what was just written', async () => {
    const { store, area, time } = await library(300);
    time.set(1_000);
    const fresh = await store.run((s) => saveOpener(s, { title: 'Brand new', body: 'Hello {{firstName}}' }));
    time.set(2_000);
    await store.run((s) => markOpenerUsed(s, 'o299')); // used once: low in the ranking, but recent
    const { store: cold } = restart(area);
    const openers = (await cold.run((s) => loadPanelData(s, undefined))).openers;
    expect(openers).toHaveLength(PANEL_OPENER_LIMIT);
    const ids = openers.map((o) => o.id);
    expect(ids).toContain(fresh.id);
    expect(ids).toContain('o299');
    const pinned = (await cold.run(listOpeners)).filter((o) => o.pinned).map((o) => o.id);
    expect(ids.slice(0, pinned.length)).toEqual(pinned);
    expect([...openers].sort(compareOpeners)).toEqual(openers);
  });
});

describe('panel openers: the choice', () => {
  /** The definition, written plainly: the 10 most recently touched (stable sort) plus the top, up to 50. */
  function reference(sorted: Opener[]): Opener[] {
    if (sorted.length <= PANEL_OPENER_LIMIT) return sorted;
    const touched = (o: Opener) => Math.max(o.updatedAt, o.lastUsedAt ?? 0);
    const recent = [...sorted].sort((a, b) => touched(b) - touched(a)).slice(0, 10);
    const chosen = new Set(recent.map((o) => o.id));
    for (const o of sorted) if (chosen.size < PANEL_OPENER_LIMIT) chosen.add(o.id);
    return sorted.filter((o) => chosen.has(o.id));
  }

  it('matches its definition on random libraries, ties included', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const size = 1 + random(180);
      const library = Array.from({ length: size }, (_, i) =>
        opener(i, {
          pinned: random(10) === 0,
          useCount: random(4),
          updatedAt: 1 + random(20),
          ...(random(3) === 0 ? { lastUsedAt: random(25) } : {}),
        }),
      ).sort(compareOpeners);
      expect(selectPanelOpeners(library)).toEqual(reference(library));
    }
  });
});

describe('panel openers: the first dialog after a worker start', () => {
  it('parses only openers:panel: no opener record and not the full snapshot', async () => {
    const { area } = await library(1_000);
    const { store, read } = restart(area);
    const panel = await store.run((s) => loadPanelData(s, 'someone'));
    expect(panel.openers).toEqual(expected(area.data));
    expect(read).not.toContain(KEYS.openerSnapshot);
    expect(read.filter((key) => key.startsWith('opener:'))).toEqual([]);
  });

  it('stays in step with every kind of opener write', async () => {
    const { store, area, time } = await library(80);
    const steps: [string, () => Promise<unknown>][] = [
      ['save', () => store.run((s) => saveOpener(s, { title: 'New', body: 'x' }))],
      ['use', () => store.run((s) => markOpenerUsed(s, 'o79'))],
      ['delete', () => store.run((s) => deleteOpener(s, 'o0'))],
      ['restore', () => store.run((s) => restoreOpener(s, opener(0)))],
      ['sync', () => store.run((s) => applySyncedOpeners(s, [opener(5, { pinned: true })], ['o1']))],
      [
        'import',
        () => store.run((s) => applyImport(s, importFile([opener(500, { pinned: true })]), 'merge')),
      ],
      ['replace', () => store.run((s) => applyImport(s, importFile([opener(7), opener(8)]), 'replace'))],
    ];
    for (const [name, step] of steps) {
      time.advance(1_000);
      await step();
      const stored = decodePanelOpeners(area.data.get(KEYS.panelOpeners), area.data.get(KEYS.openerIndex));
      expect({ name, stored }).toEqual({ name, stored: expected(area.data) });
      const { store: cold } = restart(area);
      expect((await cold.run((s) => loadPanelData(s, undefined))).openers).toEqual(expected(area.data));
    }
  });

  it('matches the records after 5 tabs save, use and delete at once', async () => {
    const { store, area } = await library(60);
    const writes = Array.from({ length: 5 }, (_, tab) =>
      Array.from({ length: 20 }, (_, i) =>
        Promise.all([
          store.run((s) => saveOpener(s, { id: `t${tab}-${i}`, title: `Tab ${tab} #${i}`, body: 'x' })),
          store.run((s) => markOpenerUsed(s, `o${i}`)),
          i % 5 === 0 ? store.run((s) => deleteOpener(s, `t${tab}-${i}`)) : Promise.resolve(),
        ]),
      ),
    );
    await Promise.all(writes.flat());
    storedIsCurrent(area.data);
  });
});

describe('panel openers: any doubt means a rebuild from the full list', () => {
  const cases: [string, (data: Map<string, unknown>) => void][] = [
    ['missing (a stop before the first dialog after the update)', (data) => data.delete(KEYS.panelOpeners)],
    ['marked stale (opener keys written without it)', (data) => data.set(KEYS.panelOpeners, null)],
    [
      'stale: an opener added behind its back (index changed)',
      (data) => {
        data.set('opener:extra', opener(900, { pinned: true }));
        data.set(KEYS.openerIndex, [...(data.get(KEYS.openerIndex) as string[]), 'extra']);
      },
    ],
    ['corrupted: not an object', (data) => data.set(KEYS.panelOpeners, 'garbage')],
    [
      'corrupted: an opener in it fails its schema',
      (data) => {
        const stored = data.get(KEYS.panelOpeners) as { openers: unknown[] };
        data.set(KEYS.panelOpeners, { ...stored, openers: [{ id: 'x' }, ...stored.openers.slice(1)] });
      },
    ],
    [
      'cut short: fewer openers than it says',
      (data) => {
        const stored = data.get(KEYS.panelOpeners) as { openers: unknown[] };
        data.set(KEYS.panelOpeners, { ...stored, openers: stored.openers.slice(0, 3) });
      },
    ],
    [
      'from an older store layout',
      (data) => data.set(KEYS.panelOpeners, { ...(data.get(KEYS.panelOpeners) as object), layout: 2 }),
    ],
    [
      'from an older record schema',
      (data) => data.set(KEYS.panelOpeners, { ...(data.get(KEYS.panelOpeners) as object), schema: 0 }),
    ],
  ];

  for (const [name, damage] of cases) {
    it(name, async () => {
      const { area } = await library(120);
      damage(area.data);
      const { store } = restart(area);
      expect((await store.run((s) => loadPanelData(s, undefined))).openers).toEqual(expected(area.data));
      storedIsCurrent(area.data); // written back before the reply
      expect(area.data.has('quarantine')).toBe(false); // derived data: rebuilt, never quarantined
      const { store: again, read } = restart(area);
      await again.run((s) => loadPanelData(s, undefined));
      expect(read.filter((key) => key.startsWith('opener:'))).toEqual([]);
    });
  }

  it('rebuilds from the records, with repair, when the snapshot is gone too', async () => {
    const { area } = await library(60);
    area.data.delete(KEYS.panelOpeners);
    area.data.delete(KEYS.openerSnapshot);
    area.data.set('opener:o3', { ...(area.data.get('opener:o3') as object), pinned: 'yes' });
    const { store } = restart(area);
    const openers = (await store.run((s) => loadPanelData(s, undefined))).openers;
    expect(openers.find((o) => o.id === 'o3')?.pinned).toBe(false);
    expect(area.data.get('quarantine')).toEqual([expect.objectContaining({ key: 'opener:o3' })]);
    storedIsCurrent(area.data);
  });

  it('is marked stale in the same set when opener keys are written without it', async () => {
    const { store, area } = await library(3);
    await store.run((s) => s.set({ 'opener:o1': opener(1, { title: 'Changed' }) }));
    expect(area.data.get(KEYS.panelOpeners)).toBeNull();
    const { store: after } = restart(area);
    const openers = (await after.run((s) => loadPanelData(s, undefined))).openers;
    expect(openers.find((o) => o.id === 'o1')?.title).toBe('Changed');
  });

  it('a worker stopped between a delete’s two writes leaves nothing the next start cannot repair', async () => {
    const { area } = await library(70);
    const dying = createStore(
      { ...area, remove: () => Promise.reject(new Error('worker stopped')) },
      () => 9,
    );
    await expect(dying.run((s) => deleteOpener(s, 'o6'))).rejects.toThrow();
    expect(area.data.has('opener:o6')).toBe(true); // the record outlived the stop, unlisted
    const { store } = restart(area);
    const openers = (await store.run((s) => loadPanelData(s, undefined))).openers;
    expect(openers.map((o) => o.id)).not.toContain('o6');
    expect(openers).toEqual(expected(area.data));
    storedIsCurrent(area.data);
  });

  it('is not written while a record from a newer version is listed (it stays protected)', async () => {
    const future = { ...opener(1), v: 99 };
    const { store, area } = testStore({ meta, 'openers:index': ['o1'], 'opener:o1': future });
    expect((await store.run((s) => loadPanelData(s, undefined))).openers).toHaveLength(1);
    expect(area.data.has(KEYS.panelOpeners)).toBe(false);
    expect(area.data.get('opener:o1')).toEqual(future);
  });
});
