/**
 * Popup bench in Chromium (/usr/bin/chromium) with the built extension (PT_EXTENSION_DIR, default
 * dist/chrome) and 1,000 openers saved through the real worker. First render: from the popup's
 * navigation start to the list in the DOM, laid out (its first page of rows; see OpenerList), then
 * its parts (medians of each part: they need not add up to the headline's median).
 * Search keystroke, once the whole library has loaded: from the input event to the filtered list
 * committed and laid out.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { type BenchRow, rowFromSamples } from './measure';

const OPENERS = 1_000;
const RUNS = 15;
const WORDS = ['recruiter', 'conference', 'design', 'systems', 'hiring', 'onboarding', 'talk', 'meetup'];
const QUERY = 'recuiter conf';

function draft(i: number) {
  const word = WORDS[i % WORDS.length] ?? 'talk';
  const other = WORDS[(i * 7) % WORDS.length] ?? 'design';
  return {
    title: `${word} opener ${i}`,
    body: `Hi {{firstName}}, we met at the ${word} ${i % 37} session; I would love to compare notes on ${other} at {{company}}.`,
    tags: [word, `team${i % 12}`],
    pinned: i % 50 === 0,
  };
}

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async (openers) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime;
      for (const opener of openers) await runtime.sendMessage({ type: 'saveOpener', opener });
    },
    Array.from({ length: OPENERS }, (_, i) => draft(i)),
  );
}

// In-page code is passed as text: tsx's transform adds helpers (__name) that do not exist in the page.

/**
 * Navigation start → list present and laid out, in the page's own clock. Installed before the page's
 * own scripts run (an init script), so the moment is taken as the list is committed, not whenever the
 * bench's next poll (a Playwright round trip, then a frame) gets to look. An init script runs as the
 * new document is created, so its own start is the document commit: everything before it is the
 * browser's (navigation, the extension page's process and context), everything after it is ours.
 */
const WATCH_LIST = `window.__committed = performance.now();
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
const UNTIL_LIBRARY_LOADED = `new Promise((done) => {
  const check = () => {
    if (document.querySelector('.opener-list:not([aria-busy="true"])')) done(true);
    else setTimeout(check, 5);
  };
  check();
})`;

/** Each keystroke of the query: input event → Preact's microtask commit → style and layout. */
const TYPE_QUERY = (query: string) => `(async () => {
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
interface FirstRender {
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

const READ_PARTS = `(async () => {
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

async function firstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto(url);
  return page.evaluate<FirstRender>(READ_PARTS);
}

async function keystrokes(page: Page): Promise<number[]> {
  await page.evaluate(UNTIL_LIBRARY_LOADED);
  return page.evaluate<number[]>(TYPE_QUERY(QUERY));
}

export default {
  title: 'Popup in Chromium (1,000 openers)',
  async run(): Promise<BenchRow[]> {
    const extension = resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome');
    if (!existsSync(join(extension, 'manifest.json'))) {
      console.warn(`popup bench skipped: no built extension in ${extension}`);
      return [];
    }
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-bench-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const url = `chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`;
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url);
      await seed(page);
      await page.addInitScript(WATCH_LIST);
      const renders: FirstRender[] = [];
      const typing: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        renders.push(await firstRender(page, url));
        typing.push(...(await keystrokes(page)));
      }
      const part = (key: keyof FirstRender) => renders.map((render) => render[key]);
      return [
        rowFromSamples('popup first render, 1,000 openers', part('total'), 'ms', '< 100 ms'),
        rowFromSamples('  navigation start → document response (browser)', part('response'), 'ms'),
        rowFromSamples('  navigation start → document commit (browser)', part('committed'), 'ms'),
        rowFromSamples('  commit → scripts evaluated (ours)', part('scripts'), 'ms'),
        rowFromSamples('  scripts evaluated → list laid out (ours)', part('render'), 'ms'),
        rowFromSamples('search keystroke, 1,000 openers (typo-tolerant)', typing, 'ms', '< 16 ms'),
      ];
    } finally {
      await context.close();
    }
  },
};
