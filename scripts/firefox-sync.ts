/**
 * `npx tsx scripts/firefox-sync.ts [--dir dist/firefox] [--firefox /usr/bin/firefox-esr]`: browser sync
 * end to end in Debian's Firefox ESR, the Firefox half of tests/e2e/sync.spec.ts. Firefox's storage.sync
 * works without a Firefox account (it keeps the data in the profile and enforces the quotas), so:
 *  1. in the options page the user turns "Sync openers" off and saves (real pointer clicks), 24 openers
 *     are written and none reaches storage.sync;
 *  2. the user turns it on again: the openers arrive in storage.sync in several pieces, within Firefox's
 *     quotas as Firefox itself counts them (getBytesInUse), and contact notes stay on this device;
 *  3. the user ticks "Sync contact notes": the contact, note and all, arrives in storage.sync;
 *  4. "another device" writes a newer copy of one opener, an older copy of another and a deletion into
 *     storage.sync: the worker's library takes the edit and the deletion and keeps its newer copy, the
 *     merge (with the tombstone) goes back to storage.sync, and the popup, searched by typing, shows it;
 *  5. past the 100 KB quota, an options page left open says so live, nothing is lost, and sync resumes
 *     once openers are deleted (firefox-sync-quota.ts).
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
import { firefoxArgs, firstContext, installExtension, withFirefox } from './firefox-bidi';
import {
  ADDON_ID,
  ADDON_UUID,
  goTo,
  optionsLoaded,
  SHORT,
  SYNC_CONTACTS,
  SYNC_OPENERS,
  setSyncSwitch,
} from './firefox-options';
import { assert, BACKSPACE, type Page, pause, shows, typeText, waitUntil } from './firefox-page';
import { ask, readSync, writeSync } from './firefox-sync-area';
import { pastTheQuota } from './firefox-sync-quota';

/** A sync pass waits for a 2 s pause and runs at most every 5 s. */
const ONE_PASS_MS = 9_000;
const MAYA = { slug: 'maya-lindqvist', name: 'Maya', notes: 'private: met at the Berlin meetup' };

async function nothingSyncsWhileOff(page: Page): Promise<{ id: string; body: string }[]> {
  await optionsLoaded(page);
  await setSyncSwitch(page, SYNC_OPENERS, false);
  const drafts = sampleOpeners(24);
  for (const opener of drafts) await ask(page, { type: 'saveOpener', opener });
  await ask(page, { type: 'saveContact', patch: MAYA });
  await pause(ONE_PASS_MS);
  const whileOff = syncedIds(await readSync(page), 'openers').filter((id) => id.startsWith('sync-'));
  assert(whileOff.length === 0, `with "Sync openers" off, ${whileOff.length} openers reached storage.sync`);
  const state = (await ask<{ state: string }>(page, { type: 'getSyncStatus' })).state;
  assert(state === 'off', `with sync off the status says "${state}"`);
  return drafts;
}

async function openersArriveWithinQuotas(page: Page, drafts: { id: string; body: string }[]): Promise<void> {
  await setSyncSwitch(page, SYNC_OPENERS, true);
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

async function contactNotesOnceTheirSyncIsOn(page: Page): Promise<void> {
  await setSyncSwitch(page, SYNC_CONTACTS, true);
  const area = await waitUntil(
    () => readSync(page),
    (synced) => JSON.stringify(syncedIds(synced, 'contacts')) === JSON.stringify([MAYA.slug]),
    `with "Sync contact notes" on, storage.sync never held the contact ${MAYA.slug}`,
  );
  const breaches = quotaBreaches(area);
  assert(breaches.length === 0, `storage.sync is over Firefox's quotas: ${breaches.join('; ')}`);
  const notes = decodeMirror<{ slug: string; notes: string }>(area.items, 'contacts')?.records[0]?.notes;
  assert(notes === MAYA.notes, `the synced contact's note reads "${notes}"`);
  console.log('  with "Sync contact notes" ticked, the contact and its note reached storage.sync');
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
  await goTo(page, 'index.html');
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
  const prefs = { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) };
  await withFirefox({ binary, prefs, systemAccess: true }, async (send) => {
    const id = await installExtension(send, extensionDir);
    assert(id === ADDON_ID, `installed as ${id}, not ${ADDON_ID}`);
    const page = { send, context: await firstContext(send) };
    await goTo(page, 'options.html');
    const drafts = await nothingSyncsWhileOff(page);
    await openersArriveWithinQuotas(page, drafts);
    await contactNotesOnceTheirSyncIsOn(page);
    await anotherDevicesEditsMerge(page);
    console.log(
      "  another device's newer edit and deletion merged, its older copy lost, the merge written back",
    );
    await popupShowsMerge(page);
    await pastTheQuota(page);
  });
  console.log(
    `Firefox sync test passed: ${extensionDir} syncs openers and contact notes through storage.sync (merge shown in the popup, over-quota shown live).`,
  );
}

main().catch((error: unknown) => {
  console.error(`Firefox sync test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
