/**
 * The browser's i18n, behind a small adapter so UI code never imports webextension-polyfill.
 * `packagedMessages` reads a locale's messages.json from the extension's own package (a file inside
 * the extension, not a network request), for when the user picked a language other than the browser's.
 */
import { leanLanguage, leanMessage } from './i18n-lean';

/** `chrome.runtime` in Chrome, `browser.runtime` in Firefox: no polyfill on the popup's first render. */
function packageUrl(path: string): string {
  const scope = globalThis as {
    browser?: { runtime?: { getURL(path: string): string } };
    chrome?: { runtime?: { getURL(path: string): string } };
  };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('Extension context invalidated.');
  return runtime.getURL(path);
}

export interface LocaleSource {
  /** The message in the browser's language (or the default locale); undefined if there is none. */
  message(name: string): string | undefined;
  /** The browser's UI language, e.g. "fr-FR". */
  language(): string;
  /** The raw messages.json of one packaged locale. */
  packagedMessages(locale: string): Promise<unknown>;
}

// The browser's language cannot change while a page runs, so each message is asked for once: the UI
// reads its strings on every render, and each getMessage is a call into the browser.
const messages = new Map<string, string | undefined>();

export const browserLocaleSource: LocaleSource = {
  message: (name) => {
    if (!messages.has(name)) messages.set(name, leanMessage(name));
    return messages.get(name);
  },
  language: leanLanguage,
  packagedMessages: async (locale) => {
    // Not the network: a file inside the extension package (chrome-extension://<id>/_locales/…), read by
    // the popup or options page so the user's chosen UI language can differ from the browser's.
    const response = await fetch(packageUrl(`_locales/${locale}/messages.json`));
    if (!response.ok) throw new Error(`No packaged messages for ${locale}`);
    return response.json();
  },
};
