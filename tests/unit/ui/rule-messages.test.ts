// @vitest-environment happy-dom
/**
 * Rule findings in the UI's language: every rule message is translated in fr/de/es with the same
 * values as the English, and the translator `setMessages` installs gives findings in the popup's chosen
 * language and in the content script's browser language, falling back to English message by message.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNote, type Finding } from '../../../src/shared/rules';
import { englishRuleMessages, messages } from '../../../src/shared/rules/messages';
import { setMessages } from '../../../src/ui/i18n';
import { applyUiLanguage } from '../../../src/ui/locale';

type MessagesFile = Record<string, { message: string }>;
const read = (locale: string): MessagesFile =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
const useLocale = (locale: string, file: MessagesFile = read(locale)) =>
  setMessages((name) => file[name]?.message, locale);
/** The {n} slots of a message, as a sorted list (a slot used twice counts twice). */
const slots = (message: string) => [...message.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();

const RULE_MESSAGES = Object.entries(englishRuleMessages());
const finding = (text: string, id: Finding['id'], context = {}) =>
  checkNote(text, { limit: 200, ...context }).findings.find((f) => f.id === id);

afterEach(() => {
  setMessages(() => undefined, 'en');
  vi.unstubAllGlobals();
});

describe('rule message translations', () => {
  it('en/messages.json holds every rule message in the rules’ own English', () => {
    const en = read('en');
    expect(RULE_MESSAGES.length).toBeGreaterThan(25);
    for (const [name, english] of RULE_MESSAGES) expect([name, en[name]?.message]).toEqual([name, english]);
  });

  it.each(['fr', 'de', 'es'])(
    '%s translates every rule message, with the same values as the English',
    (locale) => {
      const translated = read(locale);
      for (const [name, english] of RULE_MESSAGES) {
        const message = translated[name]?.message;
        expect([name, typeof message]).toEqual([name, 'string']);
        expect([name, slots(message ?? '')]).toEqual([name, slots(english)]);
        expect([name, message]).not.toEqual([name, english]);
        expect(message).not.toContain('$'); // "$" starts a placeholder in browser i18n
      }
    },
  );
});

describe('findings in the chosen language', () => {
  it('French: over the limit, with the plural French uses for 1 and for many', () => {
    useLocale('fr');
    expect(finding('x'.repeat(214), 'over-limit')?.message).toBe(
      'Votre note dépasse de 14 caractères la limite de 200 caractères de LinkedIn.',
    );
    expect(finding('x'.repeat(201), 'over-limit')?.message).toBe(
      'Votre note dépasse de 1 caractère la limite de 200 caractères de LinkedIn.',
    );
  });

  it('German: the default text, its fix, and a wrong name with the names as written', () => {
    useLocale('de');
    const boilerplate = finding(
      "I'd like to add you to my professional network on LinkedIn.",
      'default-text',
    );
    expect(boilerplate?.message).toMatch(/^Das ist LinkedIns Standardtext für Einladungen\./);
    expect(boilerplate?.fix?.label).toBe('Standardtext entfernen');
    const wrong = finding('Hi John, great to meet you at the Berlin Rust meetup yesterday!', 'wrong-name', {
      recipient: { fullName: 'Jane Doe', firstName: 'Jane' },
    });
    expect(wrong?.message).toBe(
      'Ihre Notiz begrüßt „John“, aber Sie laden Jane ein. Vielleicht wurde die Notiz für jemand anderen geschrieben.',
    );
    expect(wrong?.fix?.label).toBe('„John“ durch „Jane“ ersetzen');
  });

  it('Spanish: an unknown placeholder keeps the braces the user wrote', () => {
    useLocale('es');
    expect(
      finding('Hola {{nombre}}, nos vimos ayer en la charla sobre Rust.', 'unresolved-placeholder')?.message,
    ).toBe('«{{nombre}}» no es un marcador que esta extensión conozca, así que se enviaría tal cual.');
  });

  it('copies what the user wrote as plain text, never as markup or slots', () => {
    useLocale('fr');
    for (const written of ['<img src=x onerror=alert(1)>', '{2}', '$& $1']) {
      expect(messages.replaceNameFix(written, 'Jane')).toBe(`Remplacer « ${written} » par « Jane »`);
    }
  });

  it('falls back to English message by message, and form by form', () => {
    const partial = read('fr');
    delete partial.rule_generic;
    delete partial.rule_overLimit_other;
    useLocale('fr', partial);
    expect(finding('Let’s connect!', 'generic')?.message).toMatch(/^This note could be sent to anyone\./);
    expect(messages.overLimit(14, 200)).toBe(
      "Your note is 14 characters over LinkedIn's 200-character limit.",
    );
    expect(messages.overLimit(1, 200)).toMatch(/^Votre note dépasse de 1 caractère /);
    expect(messages.empty()).toMatch(/^Votre note est vide\./);
  });

  it('the popup and options: applyUiLanguage’s chosen locale reaches the findings', async () => {
    const de = read('de');
    await applyUiLanguage('de', {
      message: () => undefined,
      language: () => 'en-US',
      packagedMessages: async () => de,
    });
    expect(finding('', 'empty')?.message).toMatch(/^Ihre Notiz ist leer\./);
  });

  it('the content script: the browser’s language through chrome.i18n', async () => {
    const fr = read('fr');
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (name: string) => fr[name]?.message ?? '', getUILanguage: () => 'fr-FR' },
    });
    vi.resetModules();
    await import('../../../src/content/i18n');
    // A fresh copy of the rules, as the content script's bundle has: the translator reaches it too.
    const rules = await import('../../../src/shared/rules');
    const duplicate = rules.checkNote('Bonjour, ravi de vous avoir croisé au salon Vivatech hier.', {
      limit: 300,
      recentFingerprints: Array(4).fill(
        rules.noteFingerprint('Bonjour, ravi de vous avoir croisé au salon Vivatech hier.'),
      ),
    });
    expect(duplicate.findings.find((f) => f.id === 'duplicate')?.message).toBe(
      'Vous avez récemment envoyé cette note, ou une très proche, à 4 personnes. Une note écrite pour cette personne fonctionne mieux.',
    );
  });
});
