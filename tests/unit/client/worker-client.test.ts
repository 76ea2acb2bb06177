import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWorkerApi,
  createWorkerClient,
  ExtensionContextInvalidatedError,
  type Transport,
  WorkerRequestError,
} from '../../../src/client';

import { SettingsSchema } from '../../../src/shared/schema/stored';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// Every default, so new settings fields need no change here.
const settings = SettingsSchema.parse({});

function transport(reply: (message: unknown) => unknown): Transport & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    runtimeId: () => 'ext',
    sendMessage: async (message) => {
      sent.push(message);
      return reply(message);
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('createWorkerClient', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns parsed data for ok replies', async () => {
    const client = createWorkerClient(transport(() => ({ ok: true, data: settings })));
    expect(await client.request({ type: 'getSettings' })).toEqual(settings);
  });

  it('throws WorkerRequestError with the worker code and message on ok:false', async () => {
    const client = createWorkerClient(
      transport(() => ({
        ok: false,
        error: { code: 'quota-exceeded', message: 'Browser storage is full.' },
      })),
    );
    const error = await failure(client.request({ type: 'getSettings' }));
    expect(error).toBeInstanceOf(WorkerRequestError);
    expect(error).toMatchObject({ code: 'quota-exceeded', message: 'Browser storage is full.' });
  });

  it.each([
    ['nothing', undefined],
    ['a bare value', 42],
    ['data of the wrong shape', { ok: true, data: { guards: 'no' } }],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
  ])('throws bad-reply for %s', async (_, reply) => {
    const client = createWorkerClient(transport(() => reply));
    expect(await failure(client.request({ type: 'getSettings' }))).toMatchObject({ code: 'bad-reply' });
  });

  it('throws ExtensionContextInvalidatedError when the runtime is gone', async () => {
    const gone = createWorkerClient({ runtimeId: () => undefined, sendMessage: async () => undefined });
    expect(await failure(gone.request({ type: 'getSettings' }))).toBeInstanceOf(
      ExtensionContextInvalidatedError,
    );
    const invalidated = createWorkerClient({
      runtimeId: () => 'ext',
      sendMessage: async () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(await failure(invalidated.request({ type: 'getSettings' }))).toBeInstanceOf(
      ExtensionContextInvalidatedError,
    );
  });

  it('retries once while the worker has no receiver yet', async () => {
    let calls = 0;
    const client = createWorkerClient({
      runtimeId: () => 'ext',
      sendMessage: async () => {
        calls += 1;
        if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, data: settings };
      },
    });
    expect(await client.request({ type: 'getSettings' })).toEqual(settings);
    expect(calls).toBe(2);
  });

  it('sends through browser.runtime by default', async () => {
    fakeBrowser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        sendResponse({
          ok: true,
          data: message && typeof message === 'object' && 'type' in message ? [] : null,
        });
        return true;
      },
    );
    // The default transport uses the native runtime (no polyfill): Firefox's `browser` global here.
    vi.stubGlobal('browser', fakeBrowser);
    try {
      expect(await createWorkerClient().request({ type: 'listOpeners' })).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers typed wrappers', async () => {
    const t = transport(() => ({ ok: true, data: null }));
    await createWorkerApi(createWorkerClient(t)).getContact('jane');
    await createWorkerApi(createWorkerClient(t))
      .getPanelData()
      .catch(() => undefined);
    expect(t.sent).toEqual([{ type: 'getContact', slug: 'jane' }, { type: 'getPanelData' }]);
  });
});
