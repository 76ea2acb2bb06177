/**
 * The content script's text in the browser's language, English where a message is missing.
 *
 * Only the browser's language: the saved `uiLanguage` setting is NOT applied here. The popup applies it
 * by reading a packaged _locales/<lang>/messages.json; from a LinkedIn page that file could only be
 * fetched if it were listed in web_accessible_resources, which would let any site probe for the
 * extension. Browser i18n (`getMessage`) is synchronous and needs no such exposure, so the panel
 * follows the browser.
 *
 * `setMessages` also installs the rules' translator, so the findings the panel and the send guard show
 * (src/shared/rules, messages rule_…) follow the same browser language.
 */
import { leanLanguage, leanMessage } from '../client/i18n-lean';
import { localise, setMessages } from '../ui/i18n';
import { englishPanel } from './panel/strings';

const TRANSLATED = ['fr', 'de', 'es'];

/** The language plural rules follow: the browser's, if we have its messages; else English. */
function pluralLocale(): string {
  const primary = leanLanguage().toLowerCase().split(/[-_]/)[0] ?? 'en';
  return TRANSLATED.includes(primary) ? primary : 'en';
}

setMessages(leanMessage, pluralLocale());

export const text = localise(englishPanel, 'panel');
