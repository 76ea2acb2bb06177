/**
 * Messages the background worker pushes to a tab's content script (the reverse of lean.ts), e.g. "focus
 * the opener picker" when the user presses the extension's keyboard shortcut. The content script gets raw
 * `unknown` here and validates it itself; this adapter only owns `runtime.onMessage`, used natively
 * (`browser.*` in Firefox, `chrome.*` in Chrome) so webextension-polyfill never ships to LinkedIn's pages.
 */

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => undefined;

interface MessageEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

interface Scope {
  browser?: { runtime?: { onMessage?: MessageEvent } };
  chrome?: { runtime?: { onMessage?: MessageEvent } };
}

function onMessage(): MessageEvent | undefined {
  const scope = globalThis as Scope;
  return scope.browser?.runtime?.onMessage ?? scope.chrome?.runtime?.onMessage;
}

/** Listens until `signal` aborts. The handler's (synchronous) return value is the reply to the worker. */
export function onTabMessage(handler: (message: unknown) => unknown, signal: AbortSignal): void {
  // sendResponse called before the listener returns works alike in Chrome and Firefox (Chrome ignores a
  // returned Promise in older versions). Not calling it lets other listeners answer.
  const listener: Listener = (message, _sender, sendResponse) => {
    const reply = handler(message);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  try {
    const events = onMessage();
    if (!events) return; // no extension context: nothing to listen to
    events.addListener(listener);
    signal.addEventListener('abort', () => events.removeListener(listener), { once: true });
  } catch {
    // The extension context is already gone (updated under a running page): nothing to listen to.
  }
}
