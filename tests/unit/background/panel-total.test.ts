/** The panel-data reply says how many openers the library holds, so the panel can offer a search for the rest. */
import { describe, expect, it } from 'vitest';
import { loadPanelData } from '../../../src/background/panel';
import { createStore } from '../../../src/background/store';
import { KEYS, STORE_VERSION } from '../../../src/background/store/keys';
import { applySyncedOpeners, deleteOpener, saveOpener } from '../../../src/background/store/openers';
import { type Opener, OpenerSchema } from '../../../src/shared/schema/stored';
import { testStore } from './helpers';

const meta = { v: STORE_VERSION, seeded: true, createdAt: 1 };
const opener = (i: number): Opener =>
  OpenerSchema.parse({
    id: `o${i}`,
    title: `Opener ${i}`,
    body: `About topic ${i}.`,
    createdAt: 1,
    updatedAt: 1,
  });

async function library(count: number) {
  const { store, area } = testStore({ meta }, 1);
  await store.run((s) =>
    applySyncedOpeners(
      s,
      Array.from({ length: count }, (_, i) => opener(i)),
      [],
    ),
  );
  return { store, area };
}

describe('panel data: the library total', () => {
  it('is the number of openers when all fit in the panel', async () => {
    const { store } = await library(5);
    const panel = await store.run((s) => loadPanelData(s, undefined));
    expect(panel.openers).toHaveLength(5);
    expect(panel.openerTotal).toBe(5);
  });

  it('counts the whole library when the panel gets only part of it, warm, cold and after writes', async () => {
    const { store, area } = await library(120);
    const warm = await store.run((s) => loadPanelData(s, undefined));
    expect([warm.openers.length, warm.openerTotal]).toEqual([50, 120]);
    await store.run((s) => saveOpener(s, { title: 'New', body: 'Hello' }));
    expect((await store.run((s) => loadPanelData(s, undefined))).openerTotal).toBe(121);
    await store.run((s) => deleteOpener(s, 'o3'));
    expect((await store.run((s) => loadPanelData(s, undefined))).openerTotal).toBe(120);
    const cold = createStore(area, () => 5);
    expect((await cold.run((s) => loadPanelData(s, undefined))).openerTotal).toBe(120);
  });

  it('counts the full list when the stored projection is stale', async () => {
    const { area } = await library(80);
    area.data.set(KEYS.panelOpeners, null);
    const cold = createStore(area, () => 5);
    const panel = await cold.run((s) => loadPanelData(s, undefined));
    expect([panel.openers.length, panel.openerTotal]).toEqual([50, 80]);
  });
});
