import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { listContacts, saveContact } from '../../../src/background/store/contacts';
import { decodeSnapshot } from '../../../src/background/store/opener-snapshot';
import { listOpeners, saveOpener } from '../../../src/background/store/openers';
import { saveSettings } from '../../../src/background/store/settings';
import type { Tombstones } from '../../../src/shared/schema/status';
import type { ExportFile } from '../../../src/shared/schema/transfer';
import { popupSender, SELF } from './helpers';
import { device, quotaSyncArea } from './sync-helpers';

const ids = async (d: ReturnType<typeof device>) => (await d.store.run(listOpeners)).map((o) => o.id).sort();

describe('replace-import and sync', () => {
  it('writes tombstones for the openers and contacts it removes, so sync does not bring them back', async () => {
    const sync = quotaSyncArea();
    const a = device(sync);
    const b = device(sync);
    await a.store.run((s) => saveSettings(s, { syncContacts: true }));
    await b.store.run((s) => saveSettings(s, { syncContacts: true }));
    await a.store.run((s) => saveOpener(s, { id: 'keep', title: 'Keep', body: 'x' }));
    await a.store.run((s) => saveOpener(s, { id: 'drop', title: 'Drop', body: 'x' }));
    await a.store.run((s) => saveContact(s, { slug: 'kept' }));
    await a.store.run((s) => saveContact(s, { slug: 'dropped' }));
    await a.sync();
    await b.sync();
    expect(await ids(b)).toContain('drop');

    const route = createRouter(a.store, () => SELF);
    const exported = await route({ type: 'exportData' }, popupSender);
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.data as ExportFile;
    file.openers = file.openers.filter((o) => o.id !== 'drop');
    file.contacts = file.contacts.filter((c) => c.slug !== 'dropped');
    a.time.advance(60_000);
    const json = JSON.stringify(file);
    expect(await route({ type: 'applyImport', json, mode: 'replace' }, popupSender)).toMatchObject({
      ok: true,
    });

    const snapshot = a.local.data.get('openers:snapshot');
    const trusted = decodeSnapshot(snapshot, a.local.data.get('openers:index'));
    expect(trusted?.map((o) => o.id).sort()).toEqual(await ids(a));
    const stones = a.local.data.get('tombstones') as Tombstones;
    expect(stones.openers).toEqual([{ id: 'drop', deletedAt: a.time.now() }]);
    expect(stones.contacts).toEqual([{ id: 'dropped', deletedAt: a.time.now() }]);

    await b.sync(); // B still has both and pushes them first
    await a.sync();
    await b.sync();
    for (const d of [a, b]) {
      expect(await ids(d)).not.toContain('drop');
      expect(await ids(d)).toContain('keep');
      expect((await d.store.run(listContacts)).map((c) => c.slug)).toEqual(['kept']);
    }
  });
});

describe('merge-import of one changed opener', () => {
  it('leaves a snapshot that the next cold read can trust', async () => {
    const a = device(quotaSyncArea());
    await a.store.run((s) => saveOpener(s, { id: 'z-last', title: 'Zed', body: 'old' }));
    const route = createRouter(a.store, () => SELF);
    const exported = await route({ type: 'exportData' }, popupSender);
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.data as ExportFile;
    file.openers = file.openers.map((o) =>
      o.id === 'z-last' ? { ...o, body: 'new', updatedAt: o.updatedAt + 1 } : o,
    );
    const json = JSON.stringify(file);
    expect(await route({ type: 'applyImport', json, mode: 'merge' }, popupSender)).toMatchObject({
      ok: true,
    });
    const trusted = decodeSnapshot(a.local.data.get('openers:snapshot'), a.local.data.get('openers:index'));
    expect(trusted?.find((o) => o.id === 'z-last')?.body).toBe('new');
  });
});
