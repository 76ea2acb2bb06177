/** The extension's own pages, opened through the native runtime API (no webextension-polyfill). */

interface RuntimeWithOptions {
  openOptionsPage(): Promise<void> | void;
}

export function openOptionsPage(): void {
  const scope = globalThis as {
    browser?: { runtime?: RuntimeWithOptions };
    chrome?: { runtime?: RuntimeWithOptions };
  };
  try {
    void (scope.browser?.runtime ?? scope.chrome?.runtime)?.openOptionsPage();
  } catch {
    // Fail open: the popup stays usable if the context is gone (the options page opens from the browser).
  }
}
