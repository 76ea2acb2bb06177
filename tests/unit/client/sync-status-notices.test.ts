/** The extension page's side of the worker's "sync status changed" notice. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSyncStatusChanged } from '../../../src/client/sync-status-notices';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

/** runtime.onMessage as Chrome gives it to an extension page. */
function stubOnMessage() {
  const listeners = new Set<Listener>();
  const sendResponse = vi.fn();
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  });
  const deliver = (message: unknown) => {
    for (const listener of listeners) listener(message, { id: 'ext' }, sendResponse);
  };
  return { listeners, deliver, sendResponse };
}

afterEach(() => vi.unstubAllGlobals());

describe('onSyncStatusChanged', () => {
  it('calls back at each notice and answers nothing, so the worker still answers other pages', () => {
    const runtime = stubOnMessage();
    const onChange = vi.fn();
    onSyncStatusChanged(onChange, new AbortController().signal);
    runtime.deliver({ type: 'syncStatusChanged' });
    runtime.deliver({ type: 'syncStatusChanged' });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(runtime.sendResponse).not.toHaveBeenCalled();
  });

  it('ignores every other message a page sees', () => {
    const runtime = stubOnMessage();
    const onChange = vi.fn();
    onSyncStatusChanged(onChange, new AbortController().signal);
    for (const message of [
      { type: 'getSyncStatus' },
      { type: 'focusOpenerPicker' },
      { type: 'syncStatusChanged!' },
      'syncStatusChanged',
      null,
      undefined,
      [{ type: 'syncStatusChanged' }],
    ]) {
      runtime.deliver(message);
    }
    expect(onChange).not.toHaveBeenCalled();
    expect(runtime.sendResponse).not.toHaveBeenCalled();
  });

  it('stops listening when the signal aborts (the page or the note goes away)', () => {
    const runtime = stubOnMessage();
    const onChange = vi.fn();
    const closed = new AbortController();
    onSyncStatusChanged(onChange, closed.signal);
    expect(runtime.listeners.size).toBe(1);
    closed.abort();
    expect(runtime.listeners.size).toBe(0);
    runtime.deliver({ type: 'syncStatusChanged' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds no listener for a signal already aborted', () => {
    const runtime = stubOnMessage();
    onSyncStatusChanged(vi.fn(), AbortSignal.abort());
    expect(runtime.listeners.size).toBe(0);
  });

  it('fails open without an extension context', () => {
    vi.stubGlobal('chrome', undefined);
    expect(() => onSyncStatusChanged(vi.fn(), new AbortController().signal)).not.toThrow();
    vi.stubGlobal('chrome', {
      runtime: {
        onMessage: {
          addListener: () => {
            throw new Error('Extension context invalidated.');
          },
          removeListener: () => undefined,
        },
      },
    });
    expect(() => onSyncStatusChanged(vi.fn(), new AbortController().signal)).not.toThrow();
  });
});
