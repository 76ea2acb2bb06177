/**
 * Shared helpers for the Firefox scripts (firefox-smoke.ts, firefox-sync.ts): start Debian's Firefox ESR
 * headless with a throwaway profile, talk raw WebDriver BiDi to it, install the built extension and
 * evaluate script in a browsing context.
 *
 * Raw BiDi rather than Playwright: Playwright's BiDi Firefox needs commands this ESR lacks
 * (emulation.setMediaFeaturesOverride), and its bundled Firefox cannot be downloaded here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

export type Json = Record<string, unknown>;
export interface BidiEvent {
  method: string;
  params: Json;
}
export type Send = (method: string, params?: Json) => Promise<Json>;

export function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** The options every Firefox script takes: `--dir <built extension>` and `--firefox <binary>`. */
export function firefoxArgs(): { extensionDir: string; binary: string } {
  return {
    extensionDir: resolve(argValue('--dir') ?? 'dist/firefox'),
    binary: argValue('--firefox') ?? '/usr/bin/firefox-esr',
  };
}

async function startFirefox(
  binary: string,
  profile: string,
  extraArgs: readonly string[],
): Promise<{ process: ChildProcess; url: string }> {
  const args = ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile, ...extraArgs];
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
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
  const send: Send = (method, params = {}) =>
    new Promise<Json>((ok, fail) => {
      const id = ++nextId;
      pending.set(id, { ok, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

/** User prefs written to the profile's user.js before Firefox starts. */
export type Prefs = Record<string, string | number | boolean>;

/**
 * Runs `body` in a fresh BiDi session of a headless Firefox with a throwaway profile, and always cleans
 * up (session, socket, process, profile). `onEvent` sees every event the session subscribes to.
 */
export async function withFirefox<T>(
  options: {
    binary: string;
    prefs?: Prefs;
    /** BiDi may navigate to privileged URLs such as moz-extension:// pages (--remote-allow-system-access). */
    systemAccess?: boolean;
    onEvent?: (event: BidiEvent, send: Send) => void;
  },
  body: (send: Send) => Promise<T>,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'pt-firefox-'));
  const prefs = Object.entries(options.prefs ?? {}).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`,
  );
  writeFileSync(join(profile, 'user.js'), prefs.join(''));
  const firefox = await startFirefox(
    options.binary,
    profile,
    options.systemAccess ? ['--remote-allow-system-access'] : [],
  );
  let send: Send = () => Promise.reject(new Error('not connected'));
  const bidi = await connect(firefox.url, (event) => options.onEvent?.(event, send));
  send = bidi.send;
  try {
    await send('session.new', { capabilities: {} });
    return await body(send);
  } finally {
    await send('session.end').catch(() => undefined);
    bidi.close();
    firefox.process.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Installs the unpacked extension in `dir` (temporarily) and answers its add-on id. */
export async function installExtension(send: Send, dir: string): Promise<string> {
  const reply = await send('webExtension.install', { extensionData: { type: 'path', path: dir } });
  return String(reply.extension);
}

/** The first top-level browsing context (the tab Firefox opened at start). */
export async function firstContext(send: Send): Promise<string> {
  const tree = (await send('browsingContext.getTree')) as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no browsing context');
  return context;
}

/**
 * Evaluates `expression` in the page realm of `context`, awaiting a promise, and answers its value
 * (primitives only; see evaluateJson for data). A thrown exception rejects with its text.
 */
export async function evaluate(send: Send, context: string, expression: string): Promise<unknown> {
  const reply = (await send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  })) as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (reply.type === 'exception') throw new Error(`script threw: ${reply.exceptionDetails?.text}`);
  return reply.result?.value;
}

/** Like evaluate, for structured data: the page sends it as JSON, which BiDi carries as one string. */
export async function evaluateJson<T>(send: Send, context: string, expression: string): Promise<T> {
  const text = await evaluate(send, context, `(async () => JSON.stringify(await (${expression})))()`);
  if (typeof text !== 'string') throw new Error(`no JSON value from: ${expression.slice(0, 80)}`);
  return JSON.parse(text) as T;
}
