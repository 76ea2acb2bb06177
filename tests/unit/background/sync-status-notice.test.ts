/**
 * The worker's "sync status changed" notice: sent when the recorded status changes in a way pages show
 * (state or message), not on a pass that only moves its timestamps, and never an error when no page
 * listens (runtime.sendMessage then rejects).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteOpener, saveOpener } from '../../../src/background/store/openers';
import { saveSettings } from '../../../src/background/store/settings';
import { SyncStatusChangedSchema } from '../../../src/shared/schema/status';
import { device, quotaSyncArea } from './sync-helpers';

const MINUTE = 60_000;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  // No extension page open: Chrome rejects a message nobody receives.
  sendMessage = vi.fn(() =>
    Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
  );
  vi.stubGlobal('chrome', { runtime: { sendMessage } });
});
afterEach(() => vi.unstubAllGlobals());

const notices = () => sendMessage.mock.calls.length;

async function fillPastQuota(d: ReturnType<typeof device>): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await d.store.run((s) => saveOpener(s, { id: `o${i}`, title: `Opener ${i}`, body: 'é'.repeat(1000) }));
  }
}

describe('sync status notice', () => {
  it('announces going over quota once, and announces the recovery', async () => {
    const d = device(quotaSyncArea());
    await d.sync();
    const afterFirstPass = notices();
    await fillPastQuota(d);
    expect((await d.sync()).status.state).toBe('over-quota');
    expect(notices()).toBe(afterFirstPass + 1);
    expect(SyncStatusChangedSchema.safeParse(sendMessage.mock.calls.at(-1)?.[0]).success).toBe(true);
    expect(sendMessage.mock.calls.at(-1)?.[0]).toEqual({ type: 'syncStatusChanged' });

    d.time.advance(MINUTE);
    expect((await d.sync()).status.state).toBe('over-quota'); // the same sentence again: no notice
    expect(notices()).toBe(afterFirstPass + 1);

    for (let i = 0; i < 60; i++) await d.store.run((s) => deleteOpener(s, `o${i}`));
    expect((await d.sync()).status).toMatchObject({ state: 'ok', message: null });
    expect(notices()).toBe(afterFirstPass + 2);
  });

  it('announces the write-rate limit and its end', async () => {
    const sync = quotaSyncArea();
    const d = device(sync);
    await d.sync();
    const before = notices();
    await d.store.run((s) => saveOpener(s, { id: 'busy', title: 'Busy', body: 'edit 1' }));
    sync.state.rateLimited = true;
    expect((await d.sync()).status.message).toMatch(/about a minute/);
    expect(notices()).toBe(before + 1);
    sync.state.rateLimited = false;
    d.time.advance(MINUTE);
    expect((await d.sync()).status).toMatchObject({ state: 'ok', message: null });
    expect(notices()).toBe(before + 2);
  });

  it('announces sync becoming unavailable', async () => {
    const sync = quotaSyncArea();
    const d = device(sync);
    await d.sync();
    const before = notices();
    sync.getAll = () => Promise.reject(new Error('storage.sync is not available'));
    expect((await d.sync()).status.state).toBe('error');
    expect(notices()).toBe(before + 1);
  });

  it('stays quiet when a pass only moves the last-synced time or the bytes in use', async () => {
    const d = device(quotaSyncArea());
    await d.sync();
    const before = notices();
    for (let i = 0; i < 3; i++) {
      d.time.advance(MINUTE);
      await d.store.run((s) => saveOpener(s, { id: 'edited', title: 'Edited', body: `version ${i}` }));
      const { status } = await d.sync();
      expect(status).toMatchObject({ state: 'ok', lastSyncedAt: d.time.now() });
    }
    expect(notices()).toBe(before);
  });

  it('announces sync being turned off, so a page drops a sentence about it', async () => {
    const d = device(quotaSyncArea());
    await fillPastQuota(d);
    await d.sync();
    const before = notices();
    await d.store.run((s) => saveSettings(s, { syncOpeners: false }));
    expect((await d.sync()).status).toMatchObject({ state: 'off', message: null });
    expect(notices()).toBe(before + 1);
  });

  it('fails open: a runtime that throws, or none at all, does not disturb the pass', async () => {
    sendMessage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const d = device(quotaSyncArea());
    await fillPastQuota(d);
    expect((await d.sync()).status.state).toBe('over-quota');
    expect(notices()).toBeGreaterThan(0);

    vi.unstubAllGlobals();
    const other = device(quotaSyncArea());
    await fillPastQuota(other);
    expect((await other.sync()).status.state).toBe('over-quota');
  });
});
