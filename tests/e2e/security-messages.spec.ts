/**
 * The worker answers only the extension, and only well-formed requests. A LinkedIn page cannot reach it
 * at all (no externally_connectable), and our own content script world gets `{ ok: false }` for a
 * malformed request or for a request reserved to extension pages (export, import).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { openNoteStep } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';

/** Sends `message` to the worker from the content script's isolated world and returns the reply. */
async function sendFromContentWorld(page: Page, message: unknown): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Personal Touch');
  if (!isolated) throw new Error('No Personal Touch isolated world on this page');
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

const rejected = (code: 'bad-request' | 'forbidden-sender') => ({
  ok: false,
  error: { code, message: expect.any(String) },
});

test('a LinkedIn page cannot reach the worker: chrome.runtime is not exposed to its main world', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /0\/200/ }); // the extension is running on this page
  const reach = await page.evaluate(() => {
    const chromeApi = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    return {
      runtime: typeof chromeApi?.runtime,
      sendMessage: typeof chromeApi?.runtime?.sendMessage,
      browser: typeof (globalThis as { browser?: unknown }).browser,
    };
  });
  expect(reach).toEqual({ runtime: 'undefined', sendMessage: 'undefined', browser: 'undefined' });
});

test('from the content script world: malformed requests and extension-page-only requests are refused', async ({
  openFixture,
}) => {
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /0\/200/ });

  // The channel works: a well-formed request the content script is allowed to make is answered.
  expect(await sendFromContentWorld(page, { type: 'listOpeners' })).toEqual({
    ok: true,
    data: expect.any(Array),
  });

  for (const malformed of [
    { type: 'saveOpener', opener: { title: 42, body: '<img src=x onerror=alert(1)>' } },
    { type: 'deleteOpener' },
    { type: 'dropEverything' },
    { type: 'getContact', slug: 'x'.repeat(10_000) },
    { notAType: true },
    'listOpeners',
    null,
  ]) {
    expect(await sendFromContentWorld(page, malformed), JSON.stringify(malformed)?.slice(0, 60)).toEqual(
      rejected('bad-request'),
    );
  }
  for (const pageOnly of [
    { type: 'exportData' },
    { type: 'exportContactsCsv' },
    { type: 'applyImport', json: '{}', mode: 'replace' },
  ]) {
    expect(await sendFromContentWorld(page, pageOnly), pageOnly.type).toEqual(rejected('forbidden-sender'));
  }
});
