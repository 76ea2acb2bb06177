/**
 * `npx tsx scripts/firefox-sync.ts [--dir dist/firefox] [--firefox /usr/bin/firefox-esr]`: browser sync
 * end to end in Debian's Firefox ESR, the Firefox half of tests/e2e/sync.spec.ts. Firefox's storage.sync
 * works without a Firefox account (it keeps the data in the profile and enforces the quotas), so:
 *  1. in the options page the user turns "Sync openers" off and saves (real pointer clicks), 24 openers
 *     are written and none reaches storage.sync;
 *  2. the user turns it on again: the openers arrive in storage.sync in several pieces, within Firefox's
 *     quotas as Firefox itself counts them (getBytesInUse), and contact notes stay on this device;
 *  3. "another device" writes a newer copy of one opener, an older copy of another and a deletion into
 *     storage.sync: the worker's library takes the edit and the deletion and keeps its newer copy, the
 *     merge (with the tombstone) goes back to storage.sync, and the popup, searched by typing, shows it.
 * The extension gets a fixed moz-extension UUID (profile pref), and BiDi may navigate to its pages
 * (--remote-allow-system-access). Exit 1 on failure.
 */
import {
  decodeMirror,
  encodeMirror,
  laptopEdits,
  type Mirror,
  type Opener,
  quotaBreaches,
  sampleOpeners,
  syncedIds,
} from '../tests/support/sync-mirror';
import { evaluate, firefoxArgs, firstContext, installExtension, withFirefox } from './firefox-bidi';
import { BACKSPACE, checkboxByLabel, click, type Page, shows, typeText, waitUntil } from './firefox-page';
import { ask, readSync, writeSync } from './firefox-sync-area';

const ADDON_ID = 'personal-touch@personal-touch.invalid';
const UUID = '7e57f1ef-0c5e-4a11-9d0e-5ca1ab1e5eed';
const pageUrl = (file: string) => `moz-extension://${UUID}/src/popup/${file}`;
/** A sync pass waits for a 2 s pause and runs at most every 5 s. */
const ONE_PASS_MS = 9_000;
const SHORT = { timeoutMs: 10_000 };

function assert(condition: boolean, failure: string): asserts condition {
  if (!condition) throw new Error(failure);
}

/** Turns "Sync openers" on or off in the options form and saves it, as the user would. */
async function setSyncOpeners(page: Page, on: boolean): Promise<void> {
  const selector = await checkboxByLabel(page, 'Sync openers');
  assert(selector !== null, 'the options page has no "Sync openers" checkbox');
  const checked = () => evaluate(page.send, page.context, `document.querySelector('${selector}').checked`);
  if ((await checked()) !== on) await click(page, selector);
  assert((await checked()) === on, `clicking "Sync openers" did not ${on ? 'check' : 'uncheck'} it`);
  await click(page, '.settings button[type=submit]');
  const status = () =>
    evaluate(page.send, page.context, `document.querySelector('.settings [role=status]')?.textContent`);
  await waitUntil(
    status,
    (text) => text === 'Saved',
    `saving "Sync openers: ${on}" never said "Saved"`,
    SHORT,
  );
  const stored = await ask<{ syncOpeners: boolean }>(page, { type: 'getSettings' });
  assert(stored.syncOpeners === on, `"Saved", yet the stored syncOpeners is ${stored.syncOpeners}`);
}

async function nothingSyncsWhileOff(page: Page): Promise<{ id: string; body: string }[]> {
  const form = () => checkboxByLabel(page, 'Sync openers');
  await waitUntil(form, (found) => found !== null, 'the options page never showed its settings form', SHORT);
  await setSyncOpeners(page, false);
  const drafts = sampleOpeners(24);
  for (const opener of drafts) await ask(page, { type: 'saveOpener', opener });
  const contact = { slug: 'maya-lindqvist', name: 'Maya', notes: 'private: met at the Berlin meetup' };
  await ask(page, { type: 'saveContact', patch: contact });
  await new Promise((resolve) => setTimeout(resolve, ONE_PASS_MS));
  const whileOff = syncedIds(await readSync(page), 'openers').filter((id) => id.startsWith('sync-'));
  assert(whileOff.length === 0, `with "Sync openers" off, ${whileOff.length} openers reached storage.sync`);
  const state = (await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state;
  assert(state === 'off', `with sync off the status says "${state}"`);
  return drafts;
}

async function openersArriveWithinQuotas(page: Page, drafts: { id: string; body: string }[]): Promise<void> {
  await setSyncOpeners(page, true);
  const local = (await ask<Opener[]>(page, { type: 'listOpeners' })).map((o) => o.id).sort();
  const area = await waitUntil(
    () => readSync(page),
    (synced) => JSON.stringify(syncedIds(synced, 'openers')) === JSON.stringify(local),
    `storage.sync never held the ${local.length} local openers`,
  );
  const breaches = quotaBreaches(area);
  assert(breaches.length === 0, `storage.sync is over Firefox's quotas: ${breaches.join('; ')}`);
  const pieces = Object.keys(area.items).filter((key) => key.startsWith('pt:openers:')).length;
  assert(pieces > 3, `~45 KB of openers should span several items, not ${pieces}`);
  const synced = decodeMirror<Opener>(area.items, 'openers')?.records ?? [];
  const garbled = drafts.filter((draft) => synced.find((o) => o.id === draft.id)?.body !== draft.body);
  assert(garbled.length === 0, `synced bodies differ for ${garbled.map((d) => d.id).join(', ')}`);
  assert(area.items['pt:settings'] !== undefined, 'settings did not reach storage.sync');
  const contactKeys = Object.keys(area.items).filter((key) => key.startsWith('pt:contacts'));
  assert(contactKeys.length === 0, `contact notes reached storage.sync with their sync off: ${contactKeys}`);
  assert(!JSON.stringify(area.items).includes('Berlin meetup'), 'a private contact note is in storage.sync');
  console.log(`  ${local.length} openers in ${pieces} pieces, ${area.bytesInUse} bytes by Firefox's count`);
}

async function anotherDevicesEditsMerge(page: Page): Promise<void> {
  const before = decodeMirror<Opener>((await readSync(page)).items, 'openers') as Mirror<Opener>;
  await writeSync(page, encodeMirror('openers', laptopEdits(before, Date.now())));

  const titles = await waitUntil(
    async () => (await ask<Opener[]>(page, { type: 'listOpeners' })).map((o) => `${o.id}:${o.title}`),
    (list) => list.includes('sync-0:Edited on the laptop') && !list.some((t) => t.startsWith('sync-2:')),
    "the local library never took the other device's newer edit and deletion",
  );
  assert(
    titles.includes('sync-1:Sync opener 1'),
    "another device's older copy overwrote the newer local one",
  );
  // This device writes the merge back: its newer copy of sync-1, and the deletion kept as a tombstone.
  await waitUntil(
    async () => decodeMirror<Opener>((await readSync(page)).items, 'openers'),
    (mirror) =>
      mirror?.records.find((o) => o.id === 'sync-1')?.title === 'Sync opener 1' &&
      mirror.records.find((o) => o.id === 'sync-0')?.title === 'Edited on the laptop' &&
      mirror.tombstones.some((t) => t.id === 'sync-2') &&
      !mirror.records.some((o) => o.id === 'sync-2'),
    'storage.sync never got the merge back (newer local sync-1, the edit, sync-2 as a tombstone)',
  );
}

async function popupShowsMerge(page: Page): Promise<void> {
  await page.send('browsingContext.navigate', {
    context: page.context,
    url: pageUrl('index.html'),
    wait: 'complete',
  });
  await waitUntil(
    () => shows(page, 'Edited on the laptop'),
    Boolean,
    'the popup does not show the edit',
    SHORT,
  );
  // The popup lists the most recent openers first; its search box finds the others.
  await typeText(page, 'input[type=search]', 'Sync opener 2');
  await waitUntil(() => shows(page, 'Sync opener 20'), Boolean, 'the popup search found nothing', SHORT);
  assert(!(await shows(page, 'Sync opener 2')), 'the popup still finds the opener deleted elsewhere');
  await typeText(page, 'input[type=search]', `${BACKSPACE}1`); // "Sync opener 1"
  await waitUntil(
    () => shows(page, 'Sync opener 1'),
    Boolean,
    'the popup does not find "Sync opener 1"',
    SHORT,
  );
}

async function main(): Promise<void> {
  const { extensionDir, binary } = firefoxArgs();
  const prefs = { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) };
  await withFirefox({ binary, prefs, systemAccess: true }, async (send) => {
    const id = await installExtension(send, extensionDir);
    assert(id === ADDON_ID, `installed as ${id}, not ${ADDON_ID}`);
    const page = { send, context: await firstContext(send) };
    await send('browsingContext.navigate', {
      context: page.context,
      url: pageUrl('options.html'),
      wait: 'complete',
    });
    const drafts = await nothingSyncsWhileOff(page);
    await openersArriveWithinQuotas(page, drafts);
    await anotherDevicesEditsMerge(page);
    console.log(
      "  another device's newer edit and deletion merged, its older copy lost, the merge written back",
    );
    await popupShowsMerge(page);
  });
  console.log(
    `Firefox sync test passed: ${extensionDir} syncs openers through storage.sync (merge shown in the popup).`,
  );
}

main().catch((error: unknown) => {
  console.error(`Firefox sync test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
