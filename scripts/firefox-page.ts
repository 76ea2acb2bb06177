/**
 * Driving one page of the Firefox scripts like a user: real pointer and key input through WebDriver
 * BiDi (input.performActions), finding controls by their visible label, and waiting for what shows.
 */
import { evaluate, type Send } from './firefox-bidi';

/** One browsing context and the session that drives it. */
export interface Page {
  send: Send;
  context: string;
}

/**
 * Clicks the element `selector` (a CSS selector) with real pointer input: scrolled into view, then a
 * mouse press and release at its centre.
 */
export async function click(page: Page, selector: string): Promise<void> {
  const found = (await page.send('script.evaluate', {
    expression: `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el?.scrollIntoView({ block: 'center' }); return el; })()`,
    target: { context: page.context },
    awaitPromise: false,
  })) as { result?: { type?: string; sharedId?: string } };
  const sharedId = found.result?.sharedId;
  if (found.result?.type !== 'node' || !sharedId) throw new Error(`nothing to click at ${selector}`);
  const origin = { type: 'element', element: { sharedId } };
  const mouse = [
    { type: 'pointerMove', x: 0, y: 0, origin },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ];
  await page.send('input.performActions', {
    context: page.context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: mouse }],
  });
}

/** WebDriver's key value for Backspace. */
export const BACKSPACE = '\uE003';

/** Clicks the field `selector`, then types `text` into it key by key. */
export async function typeText(page: Page, selector: string, text: string): Promise<void> {
  await click(page, selector);
  const keys = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await page.send('input.performActions', {
    context: page.context,
    actions: [{ type: 'key', id: 'keyboard', actions: keys }],
  });
}

/** A selector for the checkbox whose `<label for>` reads `label`, or null while there is none. */
export async function checkboxByLabel(page: Page, label: string): Promise<string | null> {
  const selector = await evaluate(
    page.send,
    page.context,
    `(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
      const input = label && document.getElementById(label.htmlFor);
      return input?.type === 'checkbox' ? '[id="' + label.htmlFor + '"]' : null;
    })()`,
  );
  return typeof selector === 'string' ? selector : null;
}

/** Whether some element of the page reads exactly `text` ("Sync opener 2" but not "Sync opener 20"). */
export async function shows(page: Page, text: string): Promise<boolean> {
  const expression = `[...document.querySelectorAll('body *')].some((el) => el.childElementCount === 0 && el.textContent.trim() === ${JSON.stringify(text)})`;
  return (await evaluate(page.send, page.context, expression)) === true;
}

export function assert(condition: boolean, failure: string): asserts condition {
  if (!condition) throw new Error(failure);
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `url` in a new tab and answers it as a page, once loaded. */
export async function openTab(send: Send, url: string): Promise<Page> {
  const { context } = (await send('browsingContext.create', { type: 'tab' })) as { context: string };
  await send('browsingContext.navigate', { context, url, wait: 'complete' });
  return { send, context };
}

/** Polls `read` every `intervalMs` until `check` accepts its value; throws `failure` (with the last value) after `timeoutMs`. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  failure: string,
  { timeoutMs = 40_000, intervalMs = 500 } = {},
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${failure} (after ${timeoutMs / 1000} s; last: ${String(JSON.stringify(value)).slice(0, 300)})`,
      );
    await pause(intervalMs);
  }
}
