import { describe, expect, it } from 'vitest';
import { loadPanelData } from '../../../src/background/panel';
import { getContact, listContacts } from '../../../src/background/store/contacts';
import { listInvitations } from '../../../src/background/store/invitations';
import { KEYS, STORE_VERSION } from '../../../src/background/store/keys';
import { detectVersion, runMigrations } from '../../../src/background/store/migrations';
import { listOpeners } from '../../../src/background/store/openers';
import { decodePanelOpeners } from '../../../src/background/store/panel-openers';
import { getSettings } from '../../../src/background/store/settings';
import type { Opener } from '../../../src/shared/schema/stored';
import v2Profile from './fixtures/v2-profile.json';
import { testStore } from './helpers';

const NOW = Date.UTC(2026, 2, 1);
/**
 * Layout 2 as the layout-2 store code (commit 63b861b) wrote it: starter openers seeded, openers saved,
 * used, deleted (tombstone) and edited, contacts in shards, settings, one invitation, and the opener
 * snapshot its last write left.
 */
const v2 = v2Profile as Record<string, unknown>;
/** The sorted opener list the layout-2 code stored in its snapshot. */
const v2Openers = JSON.parse((v2['openers:snapshot'] as { text: string }).text) as Opener[];

describe('migration v2 → v3 (pure, from real v2 data)', () => {
  const migrated = runMigrations(v2, 2, NOW);

  it('drops the layout-2 snapshot and leaves every other key exactly as it was', () => {
    expect(migrated).not.toHaveProperty(KEYS.openerSnapshot);
    expect(migrated).not.toHaveProperty(KEYS.panelOpeners);
    for (const [key, value] of Object.entries(v2)) {
      if (key !== KEYS.openerSnapshot) expect(migrated[key]).toEqual(value);
    }
  });

  it('runs harmlessly again on a layout-3 store that lost its meta (shards mean layout 2 or later)', () => {
    const { meta: _lost, ...withoutMeta } = migrated;
    expect(detectVersion(withoutMeta)).toBe(2);
    expect(runMigrations(withoutMeta, 2, NOW)).toEqual(withoutMeta);
  });
});

describe('a v2 profile in storage', () => {
  it('is migrated before first use; the panel offers the same openers, and everything reads as before', async () => {
    const { store, area } = testStore(v2, NOW);
    const panel = await store.run((s) => loadPanelData(s, 'bob'));
    expect(area.data.get('meta')).toEqual({ ...(v2.meta as object), v: STORE_VERSION });
    expect(panel.openers).toEqual(v2Openers);
    expect(panel.contact?.howWeMet).toBe('at ReactConf');
    expect(panel.settings.myName).toBe('Sam Sender');
    expect(decodePanelOpeners(area.data.get(KEYS.panelOpeners), area.data.get(KEYS.openerIndex))).toEqual(
      v2Openers,
    );
    expect(await store.run(listOpeners)).toEqual(v2Openers);
    expect((await store.run(listContacts)).map((c) => c.slug).sort()).toEqual([
      'anna-k',
      'bob',
      'carol-s',
      'dan-the-dev',
    ]);
    expect((await store.run((s) => getContact(s, 'Carol-S')))?.name).toBe('Carol-S');
    expect((await store.run(getSettings)).myName).toBe('Sam Sender');
    expect(await store.run(listInvitations)).toHaveLength(1);
    expect(area.data.get(KEYS.tombstones)).toEqual(v2[KEYS.tombstones]);
    expect(area.data.has('quarantine')).toBe(false);
  });

  it('a stop between the migration’s write and its removal leaves a store the next start reads right', async () => {
    const { store, area } = testStore(v2, NOW);
    const realRemove = area.remove;
    area.remove = () => Promise.reject(new Error('worker stopped'));
    await expect(store.run(getSettings)).rejects.toThrow();
    area.remove = realRemove;
    expect(area.data.get('meta')).toMatchObject({ v: STORE_VERSION });
    expect(area.data.has(KEYS.openerSnapshot)).toBe(true); // the old one, stamped layout 2
    const panel = await testStore(Object.fromEntries(area.data), NOW).store.run((s) =>
      loadPanelData(s, undefined),
    );
    expect(panel.openers).toEqual(v2Openers);
  });
});
