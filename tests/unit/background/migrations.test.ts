import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { STORE_VERSION } from '../../../src/background/store/keys';
import { detectVersion, diffSnapshots, runMigrations } from '../../../src/background/store/migrations';
import { listOpeners, saveOpener } from '../../../src/background/store/openers';
import { getSettings } from '../../../src/background/store/settings';
import { OpenerSchema, SettingsSchema } from '../../../src/shared/schema/stored';
import { popupSender, SELF, testStore } from './helpers';

const NOW = Date.UTC(2026, 0, 10);

/** What an early (v0) build left in storage.local, as captured from a tester's profile. */
const v0Profile = {
  templates: [
    { name: 'Conference', text: 'Hi {{firstName}}, great to meet you at the conference!' },
    { name: '  ', text: 'Hi {{firstName}}, loved your talk.' },
    { name: 'Broken', text: 42 },
    { name: 'Huge', text: 'x'.repeat(2500) },
  ],
  prefs: { guardEnabled: false, signature: ' Sam ' },
};

describe('migration v0 → v1 (pure)', () => {
  const migrated = runMigrations(v0Profile, 0, NOW);

  it('turns templates into openers, keeping order and text', () => {
    expect(migrated['openers:index']).toEqual(['v0-template-1', 'v0-template-2']);
    expect(OpenerSchema.parse(migrated['opener:v0-template-1'])).toMatchObject({
      v: 1,
      title: 'Conference',
      body: 'Hi {{firstName}}, great to meet you at the conference!',
      createdAt: NOW,
    });
    expect(OpenerSchema.parse(migrated['opener:v0-template-2']).title).toBe('Opener 2');
  });

  it('quarantines templates that do not fit, with the raw value', () => {
    expect(migrated.quarantine).toEqual([
      expect.objectContaining({ key: 'templates#2', raw: { name: 'Broken', text: 42 } }),
      expect.objectContaining({ key: 'templates#3', raw: v0Profile.templates[3] }),
    ]);
  });

  it('carries the guard switch and signature into settings and drops the old keys', () => {
    const settings = SettingsSchema.parse(migrated.settings);
    expect(settings.myName).toBe('Sam');
    expect(Object.values(settings.guards)).toEqual([false, false, false, false, false]);
    expect(migrated).not.toHaveProperty('templates');
    expect(migrated).not.toHaveProperty('prefs');
  });

  it('is a no-op on data already at the current layout', () => {
    expect(diffSnapshots(migrated, runMigrations(migrated, 2, NOW))).toEqual({ set: {}, remove: [] });
  });

  it('detects versions of unlabelled stores', () => {
    expect(detectVersion({})).toBe('fresh');
    expect(detectVersion(v0Profile)).toBe(0);
    expect(detectVersion({ settings: {} })).toBe(1);
    expect(detectVersion({ settings: {}, 'contacts:index': [] })).toBe(1);
    expect(detectVersion({ settings: {}, 'contacts:index:00': [] })).toBe(2);
    expect(detectVersion({ settings: {}, 'contacts:index': [], 'contacts:index:00': [] })).toBe(2);
  });
});

describe('migrations run before first use', () => {
  it('upgrades a v0 profile in storage and does not seed starters over it', async () => {
    const { store, area } = testStore(v0Profile, NOW);
    const openers = await store.run(listOpeners);
    expect(openers.map((o) => o.id).sort()).toEqual(['v0-template-1', 'v0-template-2']);
    expect(area.data.get('meta')).toEqual({ v: STORE_VERSION, seeded: true, createdAt: NOW });
    expect(area.data.has('templates')).toBe(false);
    expect((await store.run(getSettings)).myName).toBe('Sam');
  });
});

describe('data from a newer version', () => {
  const future = {
    meta: { v: 99, seeded: true, createdAt: 1 },
    settings: { v: 99, myName: 'Future', brandNewField: { x: 1 } },
    'openers:index': ['f1'],
    'opener:f1': { v: 99, id: 'f1', title: 'T', body: 'B', createdAt: 1, updatedAt: 1, shiny: true },
  };

  it('is readable, but every write answers read-only and nothing changes', async () => {
    const { store, area } = testStore(future);
    const before = structuredClone(Object.fromEntries(area.data));
    const route = createRouter(store, () => SELF);
    expect(await route({ type: 'listOpeners' }, popupSender)).toMatchObject({
      ok: true,
      data: [{ id: 'f1' }],
    });
    for (const request of [
      { type: 'saveOpener', opener: { title: 'x', body: 'y' } },
      { type: 'saveSettings', patch: { myName: 'x' } },
      { type: 'saveContact', patch: { slug: 'x' } },
      { type: 'deleteOpener', id: 'f1' },
    ]) {
      const reply = await route(request, popupSender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'read-only' } });
      if (!reply.ok) expect(reply.error.message).toMatch(/newer version/);
    }
    expect(Object.fromEntries(area.data)).toEqual(before);
  });

  it('protects a single newer record inside a current store', async () => {
    const { store, area } = testStore({ ...future, meta: { v: STORE_VERSION, seeded: true, createdAt: 1 } });
    await expect(
      store.run((s) => saveOpener(s, { id: 'f1', title: 'Overwrite', body: 'x' })),
    ).rejects.toMatchObject({
      code: 'read-only',
    });
    expect(area.data.get('opener:f1')).toEqual(future['opener:f1']);
  });
});
