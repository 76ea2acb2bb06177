// @vitest-environment happy-dom
/**
 * The options page's sync note follows the worker's notices while the page is open: the new sentence
 * replaces the old in the same live region, an unchanged answer touches nothing, and a closed note
 * neither listens nor asks.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusNote } from '../../../src/popup/options/SyncStatusNote';
import type { Request } from '../../../src/shared/schema/messages';
import type { SyncStatus } from '../../../src/shared/schema/status';
import { type Mounted, mount, settle } from './dom';
import { FakeClient } from './fake-client';

const OVER_QUOTA =
  'Browser sync has room for 100 KB; your openers need 140 KB, so they are kept on this device only.';
const RATE_LIMITED = 'Browser sync is busy; your changes will sync in about a minute.';

function status(message: string | null): SyncStatus {
  return {
    v: 1,
    state: message ? 'over-quota' : 'ok',
    openers: true,
    contacts: false,
    lastSyncedAt: 1,
    bytesInUse: 0,
    quotaBytes: 102_400,
    message,
  };
}

/** Answers getSyncStatus with `current`, or holds replies when `held` is set, to reorder them. */
class SyncClient extends FakeClient {
  current = status(null);
  held: ((reply: SyncStatus) => void)[] | null = null;
  failing = false;

  override request(req: Request): Promise<never> {
    if (req.type !== 'getSyncStatus') return super.request(req as never) as Promise<never>;
    this.calls.push(req);
    if (this.failing) return Promise.reject(new Error('worker gone'));
    const held = this.held;
    if (held) return new Promise<SyncStatus>((resolve) => held.push(resolve)) as Promise<never>;
    return Promise.resolve(this.current as never);
  }
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;
const listeners = new Set<Listener>();

async function notify(): Promise<void> {
  for (const listener of listeners) listener({ type: 'syncStatusChanged' }, { id: 'ext' }, () => undefined);
  await settle();
}

let view: Mounted | undefined;
let client: SyncClient;
const region = () => view?.container.querySelector('[role="status"]') as HTMLElement;

beforeEach(() => {
  listeners.clear();
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  });
  client = new SyncClient();
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

describe('SyncStatusNote', () => {
  it('shows a new sentence in the same live region when the worker says the status changed', async () => {
    view = await mount(<SyncStatusNote />, client);
    const live = region();
    expect(live.textContent).toBe('');
    expect(live.className).toContain('status--empty');

    client.current = status(OVER_QUOTA);
    await notify();
    expect(region()).toBe(live); // the region stays, so the sentence is announced
    expect(live.textContent).toBe(OVER_QUOTA);
    expect(live.className).not.toContain('status--empty');

    client.current = status(null);
    await notify();
    expect(region()).toBe(live);
    expect(live.textContent).toBe('');
    expect(client.callsOf('getSyncStatus')).toHaveLength(3);
  });

  it('leaves the DOM untouched when the answer carries the same sentence', async () => {
    client.current = status(OVER_QUOTA);
    view = await mount(<SyncStatusNote />, client);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(view.container, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    client.current = { ...status(OVER_QUOTA), lastSyncedAt: 2, bytesInUse: 40_000 };
    await notify();
    await notify();
    observer.disconnect();
    expect(client.callsOf('getSyncStatus')).toHaveLength(3);
    expect(changes).toEqual([]);
    expect(region().textContent).toBe(OVER_QUOTA);
  });

  it('shows the answer to the latest question when replies arrive out of order', async () => {
    view = await mount(<SyncStatusNote />, client);
    client.held = [];
    await notify();
    await notify();
    const [older, newer] = client.held;
    newer?.(status(RATE_LIMITED));
    await settle();
    older?.(status(OVER_QUOTA));
    await settle();
    expect(region().textContent).toBe(RATE_LIMITED);
  });

  it('keeps the last sentence when the worker does not answer', async () => {
    client.current = status(OVER_QUOTA);
    view = await mount(<SyncStatusNote />, client);
    client.failing = true;
    await notify();
    expect(region().textContent).toBe(OVER_QUOTA);
  });

  it('stops listening once closed, and a reply arriving after that changes nothing', async () => {
    view = await mount(<SyncStatusNote />, client);
    expect(listeners.size).toBe(1);
    client.held = [];
    await notify();
    const late = client.held[0];
    const closing = view;
    view = undefined;
    await act(() => closing.unmount()); // Preact runs effect cleanups after paint; act flushes them
    expect(listeners.size).toBe(0);
    late?.(status(OVER_QUOTA)); // no state update on an unmounted component, no error
    await settle();
    expect(client.callsOf('getSyncStatus')).toHaveLength(2);
  });
});
