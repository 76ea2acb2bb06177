/**
 * Applies the UI-language setting. "auto" follows the browser through its i18n; an explicit choice
 * loads that locale's packaged messages.json (browser i18n cannot switch language at run time).
 * Anything that fails falls back to the browser's language, and from there to English.
 */
import { z } from 'zod/mini';
import type { LocaleSource } from '../client/i18n';
import type { Settings } from '../shared/schema/stored';
import { setMessages } from './i18n';

export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'es'] as const;
type Locale = (typeof SUPPORTED_LOCALES)[number];

const MessagesFileSchema = z.record(z.string(), z.object({ message: z.string() }));

function supported(tag: string): Locale {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === primary) ?? 'en';
}

function followBrowser(source: LocaleSource): Locale {
  const locale = supported(source.language());
  setMessages((name) => source.message(name), locale);
  return locale;
}

/** Returns the locale now in use, and marks the page with it so screen readers pronounce it right. */
export async function applyUiLanguage(
  setting: Settings['uiLanguage'],
  source: LocaleSource,
  doc: Document = document,
): Promise<Locale> {
  let locale: Locale;
  if (setting === 'auto') locale = followBrowser(source);
  else {
    try {
      const messages = MessagesFileSchema.parse(await source.packagedMessages(setting));
      setMessages((name) => messages[name]?.message, setting);
      locale = setting;
    } catch (failure) {
      console.error('Personal Touch: could not load the chosen language', failure);
      locale = followBrowser(source);
    }
  }
  doc.documentElement.lang = locale;
  return locale;
}
