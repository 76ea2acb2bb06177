/**
 * The content script's text in the UI language the user chose in settings. Browser i18n, all a content
 * script has, speaks only the browser's language, and reading a packaged _locales/<lang>/messages.json
 * from LinkedIn's page would need it listed in web_accessible_resources (which lets LinkedIn probe for
 * the extension). The worker can read its own package, so a panel-data reply carries the chosen
 * locale's messages when the content script does not hold them yet: once per page, and again after the
 * setting changed. Only the names the content script reads (panel_…, rule_…: about 70 of the ~300,
 * 6-7 KB), parsed once per locale for the worker's lifetime.
 */
import { z } from 'zod/mini';
import { type PanelData, type UiMessages, UiMessagesSchema } from '../shared/schema/messages';
import type { Settings } from '../shared/schema/stored';

type UiLanguage = Settings['uiLanguage'];

/** The message names the content script reads: the panel's text and the note checker's findings. */
const CONTENT_PREFIXES = ['panel_', 'rule_'];

const MessagesFileSchema = z.record(z.string(), z.object({ message: z.string() }));

/** Reads one packaged locale's raw messages.json. */
export type PackagedMessagesReader = (locale: string) => Promise<unknown>;

/**
 * Not the network: a file inside the extension package (chrome-extension://<id>/_locales/…). The URL is
 * relative to the worker's own origin and `locale` is a value of the settings' UiLanguage enum, so it
 * cannot point anywhere else. The popup reads the same files through src/client/i18n.ts.
 */
const readPackagedMessages: PackagedMessagesReader = async (locale) => {
  const response = await fetch(`/_locales/${locale}/messages.json`);
  if (!response.ok) throw new Error(`No packaged messages for ${locale}`);
  return response.json();
};

/** The content script's share of a messages.json: name → text, checked by the reply's own schema. */
export function contentMessages(file: unknown): UiMessages {
  const subset: Record<string, string> = {};
  for (const [name, { message }] of Object.entries(MessagesFileSchema.parse(file))) {
    if (CONTENT_PREFIXES.some((prefix) => name.startsWith(prefix))) subset[name] = message;
  }
  return UiMessagesSchema.parse(subset);
}

export type WithUiMessages = (data: PanelData, held?: UiLanguage) => Promise<PanelData>;

/**
 * Adds `uiMessages` to a panel-data reply when the chosen language is not "auto" and not the one the
 * content script says it holds (`held`). English needs no file: the content script's own text is
 * English, so an empty set means "English". If the file cannot be read the reply goes without, and
 * the panel stays in the browser's language (fail open); the next request tries again.
 */
export function createUiMessages(read: PackagedMessagesReader = readPackagedMessages): WithUiMessages {
  const parsed = new Map<string, Promise<UiMessages>>();
  const messagesOf = (locale: string): Promise<UiMessages> => {
    let messages = parsed.get(locale);
    if (!messages) {
      messages = read(locale).then(contentMessages);
      messages.catch(() => parsed.delete(locale)); // not cached: a later panel may try again
      parsed.set(locale, messages);
    }
    return messages;
  };
  return async (data, held = 'auto') => {
    const chosen = data.settings.uiLanguage;
    if (chosen === 'auto' || chosen === held) return data;
    try {
      return { ...data, uiMessages: chosen === 'en' ? {} : await messagesOf(chosen) };
    } catch (failure) {
      console.warn('[personal-touch] no messages for the chosen UI language', { chosen, failure });
      return data;
    }
  };
}

/** The worker's one instance: each locale's file is read and parsed at most once while it runs. */
export const withUiMessages = createUiMessages();
