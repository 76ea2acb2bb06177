/**
 * Shared setup for the in-browser benchmark sections: Debian's Chromium with the BUILT extension
 * (PT_EXTENSION_DIR, default dist/chrome), pages served at https://www.linkedin.com/... from memory.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome');

export async function launchWithExtension(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

/** Serves `html` for every navigation to `origin` (sub-resources get an empty 204). */
export async function serve(context: BrowserContext, origin: string, html: () => string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.request().isNavigationRequest()
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html() })
      : route.fulfill({ status: 204, body: '' }),
  );
}
