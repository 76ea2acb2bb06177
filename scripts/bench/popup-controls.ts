/**
 * Control pages for the popup bench: a minimal extension, loaded next to ours in the same browser, whose
 * popup paints 15 plain rows and the same "show more" marker the bench waits for; nothing else (no CSS,
 * no framework, no validation). Timed like ours, alternating with it, it shows what any extension page
 * costs on this machine before a line of Personal Touch runs: the floor under the first-render goal.
 * Two variants: rows written by the page itself, and rows asked from the control's own service worker
 * (one message round trip, as our popup needs for its data).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Personal Touch bench control',
  version: '1.0.0',
  background: { service_worker: 'worker.js' },
};

const ROWS = `Array.from({ length: 15 }, (_, i) => ({
  title: 'recruiter opener ' + i,
  body: 'Hi {{firstName}}, we met at the design session; I would love to compare notes at {{company}}.',
}))`;

const WORKER = `chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message?.type === 'rows') reply(${ROWS});
});`;

const PAGE_SCRIPT = `performance.mark('popup:scripts-evaluated');
const paint = (rows) => {
  const list = document.createElement('ul');
  for (const row of rows) {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('strong'), { textContent: row.title }), ' ', row.body);
    list.append(item);
  }
  const more = Object.assign(document.createElement('button'), { className: 'show-more', textContent: 'Show all' });
  document.getElementById('app').append(list, more);
};
if (location.search === '?worker') chrome.runtime.sendMessage({ type: 'rows' }).then(paint);
else paint(${ROWS});`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Control</title>
<script type="module" src="page.js"></script></head>
<body><div id="app"></div></body></html>`;

/** Writes the control extension to a fresh temporary directory and returns it. */
export function writeControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-control-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'worker.js'), WORKER);
  writeFileSync(join(dir, 'page.js'), PAGE_SCRIPT);
  writeFileSync(join(dir, 'page.html'), PAGE);
  return dir;
}

/** The control's pages, given its extension host: rows painted by the page, and rows from its worker. */
export function controlPages(host: string): { local: string; worker: string } {
  const page = `chrome-extension://${host}/page.html`;
  return { local: page, worker: `${page}?worker` };
}
