/**
 * `npm run demo`: try Personal Touch without a LinkedIn account. Opens Chromium with the built extension
 * (dist/chrome) on the bundled LinkedIn-like pages (tests/fixtures), served at https://www.linkedin.com/...
 * from memory; nothing goes to the network.
 *
 * With a display (or --headed) the browser stays open for you to click around. Without one (or with
 * --headless) it walks the whole flow itself and writes a screenshot of every step to demo-screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { clickInPanel, waitForPanelText } from '../tests/e2e/ax';

const EXTENSION = resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome');
const FIXTURES = resolve('tests/fixtures');
const SHOTS = resolve('demo-screenshots');
const PAGES: Record<string, { file: string; title: string }> = {
  '/in/maya-lindqvist/': {
    file: 'profile-2025-add-note-200.html',
    title: 'Maya Lindqvist: 2025+ profile, free account (200 characters), dialog in a shadow root',
  },
  '/in/jeremy-okafor/': {
    file: 'profile-2023-artdeco-add-note.html',
    title: 'Jeremy Okafor: 2023 profile, Premium (300 characters)',
  },
  '/in/camille-laurent/': { file: 'french-profile-modal.html', title: 'Camille Laurent: LinkedIn in French' },
  '/search/results/people/': { file: 'search-results-connect.html', title: 'People search results' },
};

const args = new Set(process.argv.slice(2));
const headed = args.has('--headed') || (!args.has('--headless') && Boolean(process.env.DISPLAY));

function indexPage(): string {
  const links = Object.entries(PAGES)
    .map(([path, { title }]) => `<li><a href="${path}">${title}</a></li>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Personal Touch demo</title>
<body style="font:16px system-ui;max-width:720px;margin:40px auto">
<h1>Personal Touch demo pages</h1>
<p>These pages imitate LinkedIn's invitation dialog. Click <b>Connect</b>, then <b>Add a note</b>: the Personal Touch panel appears inside the dialog.</p>
<ul>${links}</ul></body>`;
}

async function launch(): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION}: run npm run build`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pt-demo-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  await context.route('https://www.linkedin.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const page = PAGES[path];
    if (page)
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(FIXTURES, page.file), 'utf8'),
      });
    if (path === '/demo/')
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: indexPage() });
    return route.fulfill({ status: 204, body: '' });
  });
  if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  return context;
}

async function shot(page: Page, step: number, name: string): Promise<void> {
  const file = join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${file}`);
}

/** The walk-through a person would do, with a screenshot after each step. */
async function walkThrough(page: Page): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  console.log('Walking the flow on Maya Lindqvist’s demo profile; screenshots:');
  await page.goto('https://www.linkedin.com/in/maya-lindqvist/');
  await shot(page, 1, 'profile');
  await page.click('[data-fixture=connect]');
  await waitForPanelText(page, /Personal Touch/);
  await shot(page, 2, 'gating-step-with-panel');
  await page.getByRole('button', { name: 'Add a note' }).click();
  await waitForPanelText(page, /0\/200/);
  await shot(page, 3, 'note-step-panel');
  await clickInPanel(page, 'option', /^We met in person/);
  await waitForPanelText(page, /[1-9]\d*\/200/);
  await shot(page, 4, 'opener-inserted');
  await page.locator('#custom-message').fill('');
  await page.locator('#custom-message').click();
  await page.keyboard.type("I'd like to add you to my professional network on LinkedIn.");
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await waitForPanelText(page, /Send anyway/);
  await shot(page, 5, 'default-text-held');
  await clickInPanel(page, 'button', 'Keep editing');
  await page.locator('#custom-message').fill('');
  await page.keyboard.type(
    'Hi Maya, your talk on calm software at the Stockholm meetup stayed with me. Would love to keep in touch!',
  );
  await shot(page, 6, 'personal-note');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.waitForTimeout(300);
  await shot(page, 7, 'sent');
}

const context = await launch();
const page = context.pages()[0] ?? (await context.newPage());
if (headed) {
  await page.goto('https://www.linkedin.com/demo/');
  console.log(
    'Chromium is open on the demo pages (https://www.linkedin.com/demo/, served locally). Close the window to finish.',
  );
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await walkThrough(page);
  await context.close();
  console.log(`\nNo display, so the demo ran headless. Screenshots of each step are in ${SHOTS}/`);
}
