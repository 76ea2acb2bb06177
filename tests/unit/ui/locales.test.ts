// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EN_MESSAGES_PATH, enMessagesText } from '../../../scripts/gen-locales';
import { setMessages } from '../../../src/ui/i18n';
import { applyUiLanguage, SUPPORTED_LOCALES } from '../../../src/ui/locale';
import { strings } from '../../../src/ui/strings';

type MessagesFile = Record<string, { message: string }>;
const read = (locale: string): MessagesFile =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
const tokens = (message: string) => [...message.matchAll(/\{\d\}|\{\{\w+\}\}/g)].map((m) => m[0]).sort();

afterEach(() => setMessages(() => undefined, 'en'));

describe('locales', () => {
  it('en/messages.json is generated from strings.ts (run `npx tsx scripts/gen-locales.ts`)', () => {
    expect(readFileSync(EN_MESSAGES_PATH, 'utf8')).toBe(enMessagesText());
  });

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every message, with the same values and placeholders',
    (locale) => {
      const en = read('en');
      const translated = read(locale);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(en).sort());
      for (const [name, { message }] of Object.entries(en)) {
        expect([name, tokens(translated[name]?.message ?? '')]).toEqual([name, tokens(message)]);
      }
    },
  );

  it('uses only names and text browser i18n accepts, and every __MSG__ of the manifest exists', () => {
    const en = read('en');
    for (const locale of SUPPORTED_LOCALES) {
      for (const [name, { message }] of Object.entries(read(locale))) {
        expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(message).not.toContain('$'); // "$" starts a placeholder in browser i18n
      }
    }
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const [, name] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en).toHaveProperty(name ?? '');
  });

  it('reads strings through the chosen locale, with plural forms and values', async () => {
    const fr = read('fr');
    await applyUiLanguage('fr', {
      message: () => undefined,
      language: () => 'en-US',
      packagedMessages: async () => fr,
    });
    expect(document.documentElement.lang).toBe('fr');
    expect(strings.popup.tabOpeners).toBe('Accroches');
    expect(strings.openers.noMatches('x')).toBe('Aucune accroche ne correspond à « x ».');
    expect(strings.openers.matchCount(0)).toBe('0 accroche');
    expect(strings.openers.matchCount(2)).toBe('2 accroches');
  });

  it('follows the browser for "auto", and falls back to it if a locale cannot be loaded', async () => {
    const source = {
      message: (name: string) => (name === 'popup_tabOpeners' ? 'Einstiege' : undefined),
      language: () => 'de-AT',
      packagedMessages: async () => {
        throw new Error('missing');
      },
    };
    expect(await applyUiLanguage('auto', source)).toBe('de');
    expect(strings.popup.tabOpeners).toBe('Einstiege');
    expect(strings.popup.tabContacts).toBe('Contacts'); // missing → English
    expect(await applyUiLanguage('es', source)).toBe('de');
  });
});
