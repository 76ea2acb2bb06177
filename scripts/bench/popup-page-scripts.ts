/**
 * The popup bench's in-page code, passed to the page as text: tsx's transform adds helpers (__name) that
 * do not exist in the page.
 */

/**
 * Navigation start → list present and laid out, in the page's own clock. Installed before the page's
 * own scripts run (an init script), so the moment is taken as the list is committed, not whenever the
 * bench's next poll (a Playwright round trip, then a frame) gets to look. An init script runs as the
 * new document is created, so its own start is the document commit: everything before it is the
 * browser's (navigation, the extension page's process and context), everything after it is ours.
 */
export const WATCH_LIST = `window.__committed = performance.now();
window.__listShown = new Promise((done) => {
  const shown = () => {
    if (!document.querySelector('.show-more')) return false;
    void document.body.offsetHeight; // include style and layout
    done(performance.now());
    return true;
  };
  new MutationObserver((_, observer) => {
    if (shown()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})`;

/** The whole library loaded (the list is no longer busy): what a search must reach. */
export const UNTIL_LIBRARY_LOADED = `new Promise((done) => {
  const check = () => {
    if (document.querySelector('.opener-list:not([aria-busy="true"])')) done(true);
    else setTimeout(check, 5);
  };
  check();
})`;

/** Each keystroke of the query: input event → Preact's microtask commit → style and layout. */
export const TYPE_QUERY = (query: string) => `(async () => {
  const input = document.querySelector('input[type="search"]');
  const times = [];
  const query = ${JSON.stringify(query)};
  for (let i = 1; i <= query.length; i++) {
    const start = performance.now();
    input.value = query.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    void document.body.offsetHeight;
    times.push(performance.now() - start);
    await new Promise((next) => setTimeout(next, 20));
  }
  return times;
})()`;

/** The parts of a first render, each in ms; `total` is navigation start → list laid out. */
export interface FirstRender {
  total: number;
  /** Navigation start → the document's response received (Navigation Timing). */
  response: number;
  /** Navigation start → document committed (the init script's first line): the browser's own cost. */
  committed: number;
  /** Document committed → the entry module's body runs, every import evaluated (a mark in main.tsx). */
  scripts: number;
  /** Scripts evaluated → list laid out: the worker round trips, the render, style and layout. */
  render: number;
}

export const READ_PARTS = `(async () => {
  const total = await window.__listShown;
  const navigation = performance.getEntriesByType('navigation')[0];
  const evaluated = performance.getEntriesByName('popup:scripts-evaluated')[0]?.startTime ?? Number.NaN;
  return {
    total,
    response: navigation ? navigation.responseEnd : Number.NaN,
    committed: window.__committed,
    scripts: evaluated - window.__committed,
    render: total - evaluated,
  };
})()`;
