/**
 * `npx tsx scripts/firefox-smoke.ts [--dir dist/firefox] [--firefox /usr/bin/firefox-esr]`: loads the
 * built Firefox extension into Debian's Firefox ESR through WebDriver BiDi, serves a LinkedIn fixture at
 * https://www.linkedin.com/ (intercepted; nothing goes to the network), opens the invite dialog and
 * checks that the composer panel mounts in a closed shadow root with no error logged. Exit 1 on failure.
 *
 * Raw BiDi rather than Playwright: Playwright's BiDi Firefox needs commands this ESR lacks
 * (emulation.setMediaFeaturesOverride), and its bundled Firefox cannot be downloaded here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

const FIXTURE = { file: 'tests/fixtures/profile-2025-add-note-200.html', path: '/in/maya-lindqvist/' };

type Json = Record<string, unknown>;
interface BidiEvent {
  method: string;
  params: Json;
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function startFirefox(
  binary: string,
  profile: string,
): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn(
    binary,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('Firefox did not start WebDriver BiDi in 60 s')), 60_000);
    child.stderr?.on('data', (chunk) => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
      if (match?.[1]) {
        clearTimeout(timer);
        ok(match[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`Firefox exited with ${code}`)));
  });
  return { process: child, url };
}

/** A minimal BiDi client: commands resolve with their result, or reject with the protocol error. */
async function connect(url: string, onEvent: (event: BidiEvent) => void) {
  const socket = new WebSocket(`${url}/session`);
  await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
  let nextId = 0;
  const pending = new Map<number, { ok: (result: Json) => void; fail: (error: Error) => void }>();
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as Json & { id?: number; type?: string };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (waiter && message.id !== undefined) {
      pending.delete(message.id);
      if (message.type === 'error') waiter.fail(new Error(`${message.error}: ${message.message}`));
      else waiter.ok(message.result as Json);
    } else if (message.type === 'event') onEvent(message as unknown as BidiEvent);
  });
  const send = (method: string, params: Json = {}) =>
    new Promise<Json>((ok, fail) => {
      const id = ++nextId;
      pending.set(id, { ok, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

type Send = Awaited<ReturnType<typeof connect>>['send'];

/** Answers every request to www.linkedin.com locally: the fixture at its path, 204 for anything else. */
function serveFixture(send: Send, html: string) {
  return (event: BidiEvent) => {
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
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  await send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  await send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [{ type: 'pattern', protocol: 'https', hostname: 'www.linkedin.com' }],
  });
  const tree = (await send('browsingContext.getTree')) as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no browsing context');
  const url = `https://www.linkedin.com${FIXTURE.path}`;
  await send('browsingContext.navigate', { context, url, wait: 'complete' });
  const evaluate = async (expression: string) => {
    const reply = (await send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    })) as {
      result?: { value?: unknown };
    };
    return reply.result?.value;
  };
  const findHost = `document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('[data-personal-touch]')`;
  await evaluate(`document.querySelector('[data-fixture=connect]').click()`);
  await evaluate(`new Promise((r) => setTimeout(r, 500))`);
  await evaluate(
    `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add a note').click()`,
  );
  const mounted = await evaluate(`new Promise((resolve) => {
    const started = Date.now();
    const poll = () => (${findHost} || Date.now() - started > 10000 ? resolve(Boolean(${findHost})) : setTimeout(poll, 100));
    poll();
  })`);
  if (mounted !== true) throw new Error('the composer panel did not mount in the invite dialog');
  if ((await evaluate(`${findHost}.shadowRoot === null`)) !== true) throw new Error('the panel root is open');
  if (errors.length > 0) throw new Error(`errors were logged:\n${errors.join('\n')}`);
}

async function main(): Promise<void> {
  const extensionDir = resolve(argValue('--dir') ?? 'dist/firefox');
  const binary = argValue('--firefox') ?? '/usr/bin/firefox-esr';
  const profile = mkdtempSync(join(tmpdir(), 'pt-firefox-'));
  const firefox = await startFirefox(binary, profile);
  const errors: string[] = [];
  let fixture: (event: BidiEvent) => void = () => undefined;
  const bidi = await connect(firefox.url, (event) => {
    fixture(event);
    if (event.method === 'log.entryAdded' && event.params.level === 'error')
      errors.push(String(event.params.text));
  });
  try {
    await bidi.send('session.new', { capabilities: {} });
    fixture = serveFixture(bidi.send, readFileSync(FIXTURE.file, 'utf8'));
    await smoke(bidi.send, extensionDir, errors);
    console.log(
      `Firefox smoke test passed: ${extensionDir} mounts its panel on ${FIXTURE.path} (closed root).`,
    );
  } finally {
    await bidi.send('session.end').catch(() => undefined);
    bidi.close();
    firefox.process.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Firefox smoke test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
