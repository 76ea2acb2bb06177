/**
 * Fail open: an error in the extension must never break LinkedIn. Every entry point from the page
 * (observer callbacks, event handlers) runs through `safely`, which swallows and reports the error.
 * Reports never include note text.
 */

declare global {
  // Test seam: set only from the extension's own isolated world (a debugger, in tests); the page cannot see it.
  var __personalTouchFaults: string[] | undefined;
}

/** Throws when a test asked for a fault at this point; a no-op otherwise. */
export function faultPoint(name: string): void {
  if (globalThis.__personalTouchFaults?.includes(name)) throw new Error(`Injected fault: ${name}`);
}

export function reportError(where: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : '';
  console.debug(`[Personal Touch] ${where} failed; LinkedIn is left as it was.`, name, message.slice(0, 200));
}

/** Runs `fn`, returning its value, or `fallback` if it throws. */
export function safely<T>(where: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    reportError(where, error);
    return fallback;
  }
}
