/**
 * The browser's i18n, behind a small adapter so UI code never imports webextension-polyfill.
 * `packagedMessages` reads a locale's messages.json from the extension's own package (a file inside
 * the extension, not a network request), for when the user picked a language other than the browser's.
 */
import browser from 'webextension-polyfill';

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

function browserMessage(name: string): string | undefined {
  try {
    return browser.i18n.getMessage(name) || undefined;
  } catch {
    return undefined; // an unknown name throws in some browsers
  }
}

export const browserLocaleSource: LocaleSource = {
  message: (name) => {
    if (!messages.has(name)) messages.set(name, browserMessage(name));
    return messages.get(name);
  },
  language: () => browser.i18n.getUILanguage(),
  packagedMessages: async (locale) => {
    // Not the network: a file inside the extension package (chrome-extension://<id>/_locales/…), read by
    // the popup or options page so the user's chosen UI language can differ from the browser's.
    const response = await fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`));
    if (!response.ok) throw new Error(`No packaged messages for ${locale}`);
    return response.json();
  },
};
