import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STARTER_OPENERS } from '../../../src/shared/starter-openers';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

describe('background entry', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    // fake-browser implements neither commands.onCommand nor storage.sync quotas; neither matters here.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  });

  it('registers the message and install listeners at top level and answers through the real storage', async () => {
    await import('../../../src/background/index');
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const stored = await fakeBrowser.storage.local.get('openers:index');
    expect(stored['openers:index']).toHaveLength(STARTER_OPENERS.length);

    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSettings' },
      sender,
      () => undefined,
    );
    expect(reply).toMatchObject({ ok: true, data: { syncContacts: false } });
  });
});
