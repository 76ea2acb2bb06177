import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { getContact, listContacts, saveContact } from '../../../src/background/store/contacts';
import {
  CONTACT_SHARD_COUNT,
  CONTACT_SHARDS,
  contactShardKey,
  contactShardOf,
  STORE_VERSION,
} from '../../../src/background/store/keys';
import { runMigrations } from '../../../src/background/store/migrations';
import { listOpeners } from '../../../src/background/store/openers';
import { getSettings } from '../../../src/background/store/settings';
import type { ExportFile } from '../../../src/shared/schema/transfer';
import v1Profile from './fixtures/v1-profile.json';
import { popupSender, SELF, testStore } from './helpers';

const NOW = Date.UTC(2026, 2, 1);
/** Layout v1 as the v1 store code wrote it (generated with that code: see fixtures/v1-profile.json). */
const v1 = v1Profile as Record<string, unknown>;
const v1Slugs = v1['contacts:index'] as string[];

const shardedSlugs = (data: Record<string, unknown> | Map<string, unknown>): string[] => {
  const get = (key: string) => (data instanceof Map ? data.get(key) : data[key]);
  return CONTACT_SHARDS.flatMap((shard) => (get(contactShardKey(shard)) as string[] | undefined) ?? []);
};

describe('contact index shards', () => {
  it('spreads slugs over 64 stable shards', () => {
    expect(CONTACT_SHARDS).toHaveLength(CONTACT_SHARD_COUNT);
    expect(contactShardOf('jane-doe')).toBe(contactShardOf('jane-doe'));
    const used = new Set(Array.from({ length: 2000 }, (_, i) => contactShardOf(`person-${i}`)));
    expect(used.size).toBe(64);
  });

  it('saving a new contact rewrites only its own shard, with the record', async () => {
    const { store, area } = testStore({}, NOW);
    await store.run((s) => saveContact(s, { slug: 'someone-else' }));
    const writes: string[][] = [];
    const realSet = area.set;
    area.set = (items) => {
      writes.push(Object.keys(items));
      return realSet(items);
    };
    await store.run((s) => saveContact(s, { slug: 'Jane-Doe', notes: 'hi' }));
    expect(writes).toEqual([['contact:jane-doe', contactShardKey(contactShardOf('jane-doe'))]]);
    await store.run((s) => saveContact(s, { slug: 'jane-doe', why: 'hiring' }));
    expect(writes[1]).toEqual(['contact:jane-doe']); // existing: the record alone
    expect(shardedSlugs(area.data).sort()).toEqual(['jane-doe', 'someone-else']);
  });
});

describe('migration v1 → v2 (pure, from real v1 data)', () => {
  const migrated = runMigrations(v1, 1, NOW);

  it('lists every v1 slug exactly once, in its own shard, and drops the single index', () => {
    expect(migrated).not.toHaveProperty('contacts:index');
    expect(shardedSlugs(migrated).sort()).toEqual([...v1Slugs].sort());
    for (const shard of CONTACT_SHARDS) {
      for (const slug of migrated[contactShardKey(shard)] as string[])
        expect(contactShardOf(slug)).toBe(shard);
    }
  });

  it('leaves every record untouched', () => {
    for (const [key, value] of Object.entries(v1)) {
      if (key !== 'contacts:index' && key !== 'meta') expect(migrated[key]).toEqual(value);
    }
  });

  it('does not list an unlisted contact key (a v1 deletion cut short) again', () => {
    const out = runMigrations({ ...v1, 'contact:deleted': { slug: 'deleted', updatedAt: 1 } }, 1, NOW);
    expect(shardedSlugs(out)).not.toContain('deleted');
  });

  it('quarantines an unreadable v1 index and rebuilds it from the contact keys', () => {
    const out = runMigrations({ ...v1, 'contacts:index': { broken: true } }, 1, NOW);
    expect(shardedSlugs(out).sort()).toEqual([...v1Slugs].sort());
    expect(out.quarantine).toEqual([
      expect.objectContaining({ key: 'contacts:index', raw: { broken: true } }),
    ]);
  });
});

describe('a v1 profile in storage', () => {
  it('is migrated before first use, and everything reads as before', async () => {
    const { store, area } = testStore(v1, NOW);
    const contacts = await store.run(listContacts);
    expect(contacts.map((c) => c.slug).sort()).toEqual([...v1Slugs].sort());
    expect((await store.run((s) => getContact(s, 'Jane-Doe')))?.notes).toBe('likes tea');
    expect((await store.run(listOpeners)).map((o) => o.id)).toContain('own-1');
    expect((await store.run(getSettings)).myName).toBe('Sam Tester');
    expect(area.data.get('meta')).toMatchObject({ v: STORE_VERSION, seeded: true });
    expect(area.data.has('contacts:index')).toBe(false);
    expect(area.data.has('quarantine')).toBe(false);
  });

  it('exports, replace-imports into a fresh profile and erases as before', async () => {
    const { store } = testStore(v1, NOW);
    const route = createRouter(store, () => SELF);
    const exported = await route({ type: 'exportData' }, popupSender);
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.data as ExportFile;
    expect(file.contacts).toHaveLength(v1Slugs.length);
    const target = testStore({}, NOW);
    const targetRoute = createRouter(target.store, () => SELF);
    const json = JSON.stringify(file);
    expect(await targetRoute({ type: 'applyImport', json, mode: 'replace' }, popupSender)).toMatchObject({
      ok: true,
    });
    expect(shardedSlugs(target.area.data).sort()).toEqual([...v1Slugs].sort());
    expect((await target.store.run(listContacts)).length).toBe(v1Slugs.length);
    const erased = await route({ type: 'eraseAllData', reseed: false }, popupSender);
    expect(erased).toMatchObject({ ok: true });
    expect(await store.run(listContacts)).toEqual([]);
  });
});
