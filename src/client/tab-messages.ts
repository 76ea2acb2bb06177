/**
 * Messages the background worker pushes to a tab's content script (the reverse of worker-client.ts),
 * e.g. "focus the opener picker" when the user presses the extension's keyboard shortcut. The content
 * script gets raw `unknown` here and validates it itself; this adapter only owns `browser.runtime`.
 */
import browser from 'webextension-polyfill';

/** Listens until `signal` aborts. The handler's return value is sent back to the worker as the reply. */
export function onTabMessage(handler: (message: unknown) => unknown, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const reply = handler(message);
    // Returning undefined lets other listeners answer; a value (even false) becomes our reply.
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  try {
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
      once: true,
    });
  } catch {
    // The extension context is already gone (updated under a running page): nothing to listen to.
  }
}
