/**
 * Playwright fixtures: a fresh Chromium profile with the built extension, LinkedIn-like fixture pages
 * served at https://www.linkedin.com/... (no network), and watchers for requests and page errors.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome');
export const FIXTURE_DIR = resolve('tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SentRecord {
  to: string;
  note: string | null;
  noteLength: number;
  limit?: number;
  overLimit?: boolean;
}

/** Where each fixture is served: profile fixtures at their person's /in/<slug>/ URL. */
export const FIXTURE_URLS: Record<string, string> = {
  'profile-2025-add-note-200.html': '/in/maya-lindqvist/',
  'profile-2023-artdeco-add-note.html': '/in/jeremy-okafor/',
  'french-profile-modal.html': '/in/camille-laurent/',
  'search-results-connect.html': '/search/results/people/',
  'profile-2026-trusted-types.html': '/in/priya-raman/',
  'profile-2026-more-menu-connect.html': '/in/rafael-costa/',
  'profile-2018-send-invite.html': '/in/dana-whitfield/',
  'profile-2020-artdeco-customize.html': '/in/dana-whitfield/',
  'profile-2021-how-do-you-know.html': '/in/priya-raman/',
  'legacy-2014-people-invite.html': '/people/invite',
  'profile-sdui-de.html': '/in/lukas-becker/',
  'profile-sdui-es.html': '/in/elena-garcia/',
  'profile-sdui-pt.html': '/in/joao-silva/',
  'profile-sdui-it.html': '/in/giulia-rossi/',
  'search-results-2025-sdui.html': '/search/results/people/',
  'company-people-tab.html': '/company/northwind-traders/people/',
  'sales-navigator-connect.html': '/sales/lead/ACwAAA1,NAME_SEARCH,x1',
  'pymk-card.html': '/mynetwork/grow/',
  'profile-pending.html': '/in/jonas-weber-berlin/',
  'profile-1st-degree.html': '/in/priya-raman-uk/',
  'sent-invitations-page.html': '/mynetwork/invitation-manager/sent/',
  'sent-invitations-2022-ember.html': '/mynetwork/invitation-manager/sent/',
};

export interface OpenOptions {
  query?: string;
  /** Rewrites the fixture before serving it (unknown-markup variants). */
  transform?: (html: string) => string;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  requests: string[];
  pageErrors: string[];
  openFixture: (file: string, options?: OpenOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-e2e-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(error.error().message));
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
  },
  openFixture: async ({ context, extensionId }, use) => {
    void extensionId; // the worker must be up before pages load, so the first messages are answered
    await use(async (file, options = {}) => {
      const path = FIXTURE_URLS[file] ?? `/fixtures/${file}`;
      const body = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      await context.route('https://www.linkedin.com/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname !== path) return route.fulfill({ status: 204, body: '' }); // e.g. the favicon
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: options.transform ? options.transform(body) : body,
        });
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`https://www.linkedin.com${path}${options.query ?? ''}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** What LinkedIn's page recorded as sent (the fixture's own log). */
export async function sentInvites(page: Page): Promise<SentRecord[]> {
  return page.evaluate(
    () => (window as unknown as { __linkedinFixture: { sent: SentRecord[] } }).__linkedinFixture.sent,
  );
}

/** Sends a request to the worker from an extension page, as the popup would. */
export async function askWorker<T = unknown>(
  context: BrowserContext,
  extensionId: string,
  message: unknown,
): Promise<T> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const reply = await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (x: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message as object,
  );
  await page.close();
  return reply as T;
}

/** Stops the extension's service worker (as Chrome does when idle) and waits until it is stopped. */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await session.detach();
}

/**
 * Evaluates an expression in the extension's isolated world on a page (where only the extension and a
 * debugger can reach), e.g. to switch on a fault-injection point.
 */
export async function evaluateInExtensionWorld(page: Page, expression: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Personal Touch');
  if (!isolated)
    throw new Error(
      `No Personal Touch isolated world on this page (saw ${contexts.map((c) => c.name).join(', ')})`,
    );
  await session.send('Runtime.evaluate', { expression, contextId: isolated.id });
  await session.detach();
}

/** Requests that are not the fixture document itself or the favicon: the extension must cause none. */
export function unexpectedRequests(requests: readonly string[], extensionId: string): string[] {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'chrome-extension:' && parsed.host === extensionId) return false;
    if (parsed.host !== 'www.linkedin.com') return true;
    return !(Object.values(FIXTURE_URLS).includes(parsed.pathname) || parsed.pathname === '/favicon.ico');
  });
}
