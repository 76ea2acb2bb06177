/**
 * Storage bench: the real store code (src/background/store) against an in-memory browser.storage fake
 * that is async and structured-clones values in and out, as the browser does. Profile: 10,000 contacts,
 * 1,000 openers, 400 invitations over the last three months.
 */
import { z } from 'zod/mini';
import { loadPanelData } from '../../src/background/panel';
import { createStore } from '../../src/background/store';
import type { KeyValueArea } from '../../src/background/store/area';
import { saveContact } from '../../src/background/store/contacts';
import {
  CONTACT_SHARDS,
  contactKey,
  contactShardKey,
  KEYS,
  STORE_VERSION,
} from '../../src/background/store/keys';
import { searchOpeners } from '../../src/background/store/opener-search';
import { listOpeners, markOpenerUsed } from '../../src/background/store/openers';
import { toKeyValues } from '../../src/background/transfer/contents';
import type { Contact, Opener, SentInvitation } from '../../src/shared/schema/stored';
import { SettingsSchema } from '../../src/shared/schema/stored';
import { type BenchRow, rowFromSamples } from './measure';

z.config({ jitless: true });

const NOW = Date.UTC(2026, 2, 15, 12);
const CONTACTS = 10_000;
const OPENERS = 1_000;

function memoryArea(data: Map<string, unknown>): KeyValueArea {
  const tick = () => Promise.resolve();
  return {
    async get(keys) {
      await tick();
      const out: Record<string, unknown> = {};
      for (const key of keys) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async getAll() {
      await tick();
      return structuredClone(Object.fromEntries(data));
    },
    async set(items) {
      await tick();
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    },
    async remove(keys) {
      await tick();
      for (const key of keys) data.delete(key);
    },
  };
}

const contact = (i: number): Contact => ({
  v: 1,
  slug: `person-${i}-a1b2c3`,
  name: `Person Number ${i}`,
  howWeMet: i % 3 === 0 ? 'at ReactConf in Berlin last May' : '',
  where: '',
  when: '',
  why: i % 5 === 0 ? 'hiring frontend engineers' : '',
  notes: i % 10 === 0 ? 'Talked about accessibility testing and design systems.' : '',
  tags: i % 4 === 0 ? ['conference'] : [],
  afterAcceptNote: '',
  updatedAt: NOW - i * 60_000,
});

const opener = (i: number): Opener => ({
  v: 1,
  id: `opener-${i}`,
  title: `Opener ${i}`,
  body: `Hi {{firstName}}, we met {{howWeMet|recently}} and I'd like to stay in touch about topic ${i}.`,
  tags: ['bench'],
  language: 'en',
  pinned: i % 50 === 0,
  createdAt: NOW,
  updatedAt: NOW,
  useCount: i % 17,
});

const invitation = (i: number): SentInvitation => ({
  v: 1,
  id: `inv-${i}`,
  name: '',
  personalised: i % 2 === 0,
  noteLength: 120,
  fingerprint: `fp${i.toString(16).padStart(14, '0')}`,
  surface: 'profile',
  sentAt: NOW - i * 5 * 60 * 60 * 1000,
  status: 'pending',
});

function seededData(): Map<string, unknown> {
  const items = toKeyValues({
    openers: Array.from({ length: OPENERS }, (_, i) => opener(i)),
    contacts: Array.from({ length: CONTACTS }, (_, i) => contact(i)),
    settings: SettingsSchema.parse({}),
    invitations: Array.from({ length: 400 }, (_, i) => invitation(i)),
    quarantine: [],
  });
  items[KEYS.meta] = { v: STORE_VERSION, seeded: true, createdAt: NOW };
  return new Map(Object.entries(items));
}

async function timeAsync(fn: (i: number) => Promise<unknown>, runs: number, warmup = 20): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

export default {
  title: `Storage (${CONTACTS.toLocaleString('en')} contacts, ${OPENERS.toLocaleString('en')} openers)`,
  async run(): Promise<BenchRow[]> {
    const data = seededData();
    const store = createStore(memoryArea(data), () => NOW);
    const panel = await timeAsync(
      (i) => store.run((s) => loadPanelData(s, `person-${(i * 7919) % CONTACTS}-a1b2c3`)),
      200,
    );
    const save = await timeAsync(
      (i) => store.run((s) => saveContact(s, { slug: `person-${i % CONTACTS}-a1b2c3`, notes: `edit ${i}` })),
      200,
    );
    const create = await timeAsync((i) => store.run((s) => saveContact(s, { slug: `new-person-${i}` })), 100);
    const openers = await timeAsync(() => store.run(listOpeners), 200);
    // The write the panel makes on every inserted opener: record, index and the derived keys.
    const used = await timeAsync(
      (i) => store.run((s) => markOpenerUsed(s, `opener-${(i * 37) % OPENERS}`)),
      100,
    );
    // Cold: the first dialog after the worker started (empty read cache), served from openers:panel.
    const monthKeys = [0, 1, 2].map((m) => `invitations:2026-0${m + 1}`);
    const coldPanel = await timeAsync((i) => {
      store.invalidate([KEYS.openerIndex, ...monthKeys]);
      return store.run((s) => loadPanelData(s, `person-${i}-a1b2c3`));
    }, 100);
    // No usable panel openers but a good snapshot: chosen from the snapshot and written back.
    const projectionPanel = await timeAsync(
      (i) => {
        data.delete(KEYS.panelOpeners);
        store.invalidate([KEYS.openerIndex, ...monthKeys]);
        return store.run((s) => loadPanelData(s, `person-${i}-a1b2c3`));
      },
      30,
      3,
    );
    // Worst case: neither is usable (first start after an update, or damaged ones): every opener is
    // parsed with zod and both are rebuilt and written.
    const rebuildPanel = await timeAsync(
      (i) => {
        data.delete(KEYS.openerSnapshot);
        data.delete(KEYS.panelOpeners);
        store.invalidate([KEYS.openerIndex, ...monthKeys]);
        return store.run((s) => loadPanelData(s, `person-${i}-a1b2c3`));
      },
      30,
      3,
    );
    const coldOpeners = await timeAsync(() => {
      store.invalidate([KEYS.openerIndex]);
      return store.run(listOpeners);
    }, 100);
    const queries = ['topic 42', 'stay in tuoch', 'opener 7', 'recently met'];
    const search = await timeAsync(
      (i) => store.run((s) => searchOpeners(s, queries[i % queries.length] ?? '')),
      100,
    );
    const coldSearch = await timeAsync((i) => {
      store.invalidate([KEYS.openerIndex]);
      return store.run((s) => searchOpeners(s, queries[i % queries.length] ?? ''));
    }, 50);
    const sample = data.get(contactKey('person-3-a1b2c3'));
    const shardKeys = CONTACT_SHARDS.map(contactShardKey);
    const indexBytes = shardKeys.reduce((sum, key) => sum + key.length + bytes(data.get(key) ?? []), 0);
    const perContact = bytes(sample) + contactKey('person-3-a1b2c3').length + indexBytes / CONTACTS;
    return [
      rowFromSamples('getPanelData (contact + 1,000 openers + 30 days)', panel, 'ms', '< 5 ms'),
      rowFromSamples('getPanelData, cold (after worker start)', coldPanel, 'ms', '< 5 ms'),
      rowFromSamples('getPanelData, cold, no panel openers (from snapshot)', projectionPanel, 'ms'),
      rowFromSamples('getPanelData, cold, neither (full rebuild)', rebuildPanel, 'ms'),
      rowFromSamples('saveContact, existing contact', save, 'ms', '< 10 ms'),
      rowFromSamples('saveContact, new contact (index grows)', create, 'ms', '< 10 ms'),
      rowFromSamples('markOpenerUsed (1,000 openers)', used, 'ms'),
      rowFromSamples('listOpeners (1,000, sorted)', openers, 'ms', '< 20 ms'),
      rowFromSamples('listOpeners, cold cache', coldOpeners, 'ms', '< 20 ms'),
      rowFromSamples('searchOpeners (1,000, typo-tolerant)', search, 'ms', '< 20 ms'),
      rowFromSamples('searchOpeners, cold cache', coldSearch, 'ms', '< 20 ms'),
      { name: 'footprint per contact (record + key + index shard share)', median: perContact, unit: 'B' },
    ];
  },
};
