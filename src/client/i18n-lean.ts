/**
 * The browser's i18n for the content script, without webextension-polyfill (see lean.ts for why):
 * `browser.i18n` in Firefox, `chrome.i18n` in Chrome, both synchronous. It speaks the browser's
 * language only: a language chosen in settings comes from the worker instead, with the panel data
 * (see src/content/i18n.ts), and this is what the panel uses until then, or when it is "auto".
 */

interface I18n {
  getMessage(name: string): string;
  getUILanguage(): string;
}

function i18n(): I18n | undefined {
  const scope = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The message in the browser's language (or the default locale); undefined if there is none. */
export function leanMessage(name: string): string | undefined {
  try {
    return i18n()?.getMessage(name) || undefined;
  } catch {
    return undefined; // an unknown name, or a context invalidated by an extension update
  }
}

/** The browser's UI language, e.g. "fr-FR"; "en" when there is no extension context. */
export function leanLanguage(): string {
  try {
    return i18n()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
