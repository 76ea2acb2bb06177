/**
 * Popup bench in Chromium (/usr/bin/chromium) with the built extension (PT_EXTENSION_DIR, default
 * dist/chrome) and 1,000 openers saved through the real worker. First render: from the popup's
 * navigation start to the list in the DOM, laid out (its first page of rows; see OpenerList), then
 * its parts (medians of each part: they need not add up to the headline's median).
 * Search keystroke, once the whole library has loaded: from the input event to the filtered list
 * committed and laid out. Control rows (popup-controls.ts), timed in the same browser and alternated with
 * ours, give the floor: a minimal extension page painting 15 plain rows, with and without one round trip
 * to its own worker.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type BenchRow, rowFromSamples } from './measure';
import { controlPages, writeControlExtension } from './popup-controls';
import {
  type FirstRender,
  READ_PARTS,
  TYPE_QUERY,
  UNTIL_LIBRARY_LOADED,
  WATCH_LIST,
} from './popup-page-scripts';

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

/** Each load starts after a pause, so work left from the previous one (GC, the worker) does not count. */
const SETTLE_MS = 300;

async function firstRender(page: Page, url: string): Promise<FirstRender> {
  await page.waitForTimeout(SETTLE_MS);
  await page.goto(url);
  return page.evaluate<FirstRender>(READ_PARTS);
}

async function keystrokes(page: Page): Promise<number[]> {
  await page.evaluate(UNTIL_LIBRARY_LOADED);
  return page.evaluate<number[]>(TYPE_QUERY(QUERY));
}

async function launch(extensions: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`],
  });
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  return context;
}

function hostOf(context: BrowserContext, workerScript: string): string {
  const worker = context.serviceWorkers().find((candidate) => candidate.url().endsWith(workerScript));
  if (!worker) throw new Error(`popup bench: no service worker ${workerScript}`);
  return new URL(worker.url()).host;
}

/**
 * One tab per page measured, each reloading the same page: every load is then a same-process navigation
 * from the previous copy of that page, for ours and the controls alike (a popup opens in its extension's
 * process). Tabs take turns, so load on this shared machine falls on all of them alike.
 */
async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 400, height: 600 });
  await tab.addInitScript(WATCH_LIST);
  await tab.goto(url);
  return tab;
}

async function measure(context: BrowserContext): Promise<BenchRow[]> {
  const url = `chrome-extension://${hostOf(context, '/src/background/index.js')}/src/popup/index.html`;
  const control = controlPages(hostOf(context, '/worker.js'));
  const popup = await openTab(context, url);
  await seed(popup);
  const controlLocal = await openTab(context, control.local);
  const controlWorker = await openTab(context, control.worker);
  const renders: FirstRender[] = [];
  const floors: { local: number[]; worker: number[] } = { local: [], worker: [] };
  const typing: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.local.push((await firstRender(controlLocal, control.local)).total);
    floors.worker.push((await firstRender(controlWorker, control.worker)).total);
    renders.push(await firstRender(popup, url));
    // The keystrokes wait for the whole library, so the popup is idle again before the next load.
    typing.push(...(await keystrokes(popup)));
  }
  const part = (key: keyof FirstRender) => renders.map((render) => render[key]);
  return [
    rowFromSamples('popup first render, 1,000 openers', part('total'), 'ms', '< 100 ms'),
    rowFromSamples('  navigation start → document response (browser)', part('response'), 'ms'),
    rowFromSamples('  navigation start → document commit (browser)', part('committed'), 'ms'),
    rowFromSamples('  commit → scripts evaluated (ours)', part('scripts'), 'ms'),
    rowFromSamples('  scripts evaluated → list laid out (ours)', part('render'), 'ms'),
    rowFromSamples('  control: bare extension page, 15 plain rows (floor)', floors.local, 'ms'),
    rowFromSamples('  control: the same, rows from its own worker', floors.worker, 'ms'),
    rowFromSamples('search keystroke, 1,000 openers (typo-tolerant)', typing, 'ms', '< 16 ms'),
  ];
}

export default {
  title: 'Popup in Chromium (1,000 openers)',
  async run(): Promise<BenchRow[]> {
    const extension = resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome');
    if (!existsSync(join(extension, 'manifest.json'))) {
      console.warn(`popup bench skipped: no built extension in ${extension}`);
      return [];
    }
    const context = await launch([extension, writeControlExtension()].join(','));
    try {
      return await measure(context);
    } finally {
      await context.close();
    }
  },
};
