/**
 * `npx tsx scripts/firefox-smoke.ts [--dir dist/firefox] [--firefox /usr/bin/firefox-esr]`: loads the
 * built Firefox extension into Debian's Firefox ESR through WebDriver BiDi (helpers in firefox-bidi.ts),
 * serves a LinkedIn fixture at https://www.linkedin.com/ (intercepted; nothing goes to the network),
 * opens the invite dialog, chooses "Add a note" and checks that the composer panel mounts in a closed shadow root with no
 * error logged. Exit 1 on failure.
 */
import { readFileSync } from 'node:fs';
import {
  type BidiEvent,
  evaluate,
  firefoxArgs,
  firstContext,
  installExtension,
  type Send,
  withFirefox,
} from './firefox-bidi';

const FIXTURE = { file: 'tests/fixtures/profile-2025-add-note-200.html', path: '/in/maya-lindqvist/' };

/** Answers every request to www.linkedin.com locally: the fixture at its path, 204 for anything else. */
function serveFixture(html: string) {
  return (event: BidiEvent, send: Send) => {
    if (event.method !== 'network.beforeRequestSent' || event.params.isBlocked !== true) return;
    const request = event.params.request as { request: string; url: string };
    const isFixture = new URL(request.url).pathname === FIXTURE.path;
    void send('network.provideResponse', {
      request: request.request,
      statusCode: isFixture ? 200 : 204,
      reasonPhrase: isFixture ? 'OK' : 'No Content',
      headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
      body: { type: 'string', value: isFixture ? html : '' },
    });
  };
}

async function smoke(send: Send, extensionDir: string, errors: string[]): Promise<void> {
  await installExtension(send, extensionDir);
  await send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  await send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [{ type: 'pattern', protocol: 'https', hostname: 'www.linkedin.com' }],
  });
  const context = await firstContext(send);
  const url = `https://www.linkedin.com${FIXTURE.path}`;
  await send('browsingContext.navigate', { context, url, wait: 'complete' });
  const run = (expression: string) => evaluate(send, context, expression);
  const outlet = `document.querySelector('#interop-outlet')?.shadowRoot`;
  const findHost = `${outlet}?.querySelector('[role=dialog] [data-personal-touch]')`;
  const findAddNote = `${outlet}?.querySelector('[aria-label="Add a note"]')`;
  const waitFor = (found: string) =>
    run(`new Promise((resolve) => {
      const started = Date.now();
      const poll = () => (${found} || Date.now() - started > 10000 ? resolve(Boolean(${found})) : setTimeout(poll, 100));
      poll();
    })`);
  await run(`document.querySelector('[data-fixture=connect]').click()`);
  if ((await waitFor(findAddNote)) !== true) throw new Error('the invite dialog did not offer "Add a note"');
  await run(`${findAddNote}.click()`);
  const onNoteStep = `${outlet}?.querySelector('#custom-message') && ${findHost}`;
  const mounted = await waitFor(onNoteStep);
  if (mounted !== true) throw new Error('the composer panel did not mount in the invite dialog');
  if ((await run(`${findHost}.shadowRoot === null`)) !== true) throw new Error('the panel root is open');
  if (errors.length > 0) throw new Error(`errors were logged:\n${errors.join('\n')}`);
}

async function main(): Promise<void> {
  const { extensionDir, binary } = firefoxArgs();
  const errors: string[] = [];
  const fixture = serveFixture(readFileSync(FIXTURE.file, 'utf8'));
  const onEvent = (event: BidiEvent, send: Send) => {
    fixture(event, send);
    if (event.method === 'log.entryAdded' && event.params.level === 'error')
      errors.push(String(event.params.text));
  };
  await withFirefox({ binary, onEvent }, (send) => smoke(send, extensionDir, errors));
  console.log(
    `Firefox smoke test passed: ${extensionDir} mounts its panel on ${FIXTURE.path} (closed root).`,
  );
}

main().catch((error: unknown) => {
  console.error(`Firefox smoke test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
