/**
 * The content script's text follows the UI language of the worker's panel-data replies
 * (src/content/i18n.ts): a chosen language's messages switch `text` and the rule findings without
 * re-running any module, plural forms follow that language, and "auto", a reply without the messages
 * or an oversized set leave the browser's language (English here: there is no browser i18n in tests).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contentMessages } from '../../../src/background/ui-messages';
import { followUiLanguage, heldLanguage, text } from '../../../src/content/i18n';
import type { ContentPanelData } from '../../../src/content/replies';
import { checkNote } from '../../../src/shared/rules';

type UiLanguage = 'auto' | 'en' | 'fr' | 'de' | 'es';

const messagesOf = (locale: string) =>
  contentMessages(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')));

function reply(uiLanguage: UiLanguage, uiMessages?: Record<string, string>): ContentPanelData {
  const guards = { defaultText: true, overLimit: true, placeholder: true, wrongName: true, noNote: true };
  return {
    openers: [],
    settings: { guards, myName: '', limitOverride: 'auto', customPhrases: [], uiLanguage },
    contact: null,
    recentFingerprints: [],
    personalisedThisMonth: 0,
    ...(uiMessages ? { uiMessages } : {}),
  };
}

const overLimitFinding = (over: number) =>
  checkNote('x'.repeat(200 + over), { limit: 200 }).findings.find((f) => f.id === 'over-limit')?.message;

afterEach(() => followUiLanguage(reply('auto')));

describe('followUiLanguage', () => {
  it('starts in the browser’s language and holds no chosen one', () => {
    expect(heldLanguage()).toBe('auto');
    expect(text.opener).toBe('Opener');
    expect(overLimitFinding(1)).toBe("Your note is 1 character over LinkedIn's 200-character limit.");
  });

  it('a chosen language’s messages switch the same `text` object and the findings', () => {
    const imported = text; // the object modules imported at start-up
    followUiLanguage(reply('fr', messagesOf('fr')));
    expect(heldLanguage()).toBe('fr');
    expect(imported.opener).toBe('Accroche');
    expect(imported.held.notSentYet('x')).toBe('Pas encore envoyée : x');
    expect(overLimitFinding(1)).toBe(
      'Votre note dépasse de 1 caractère la limite de 200 caractères de LinkedIn.',
    );
    expect(overLimitFinding(34)).toBe(
      'Votre note dépasse de 34 caractères la limite de 200 caractères de LinkedIn.',
    );
  });

  it('plural forms follow the chosen language, not the browser’s', () => {
    expect(text.situation.left(0)).toBe('0 personalised notes left this month'); // English: 0 is "other"
    followUiLanguage(reply('fr', messagesOf('fr')));
    expect(text.situation.left(0)).toBe('0 note personnalisée restante ce mois-ci'); // French: 0 is "one"
    expect(text.held.more(2)).toBe('(et 2 autres problèmes)');
  });

  it('later replies without messages keep the held language; "auto" goes back to the browser', () => {
    followUiLanguage(reply('de', messagesOf('de')));
    followUiLanguage(reply('de'));
    expect(text.opener).toBe(messagesOf('de').panel_opener);
    followUiLanguage(reply('auto'));
    expect(heldLanguage()).toBe('auto');
    expect(text.opener).toBe('Opener');
  });

  it('English chosen: the empty set the worker sends gives English, with English plurals', () => {
    followUiLanguage(reply('fr', messagesOf('fr')));
    followUiLanguage(reply('en', {}));
    expect(heldLanguage()).toBe('en');
    expect(text.opener).toBe('Opener');
    expect(text.situation.left(0)).toBe('0 personalised notes left this month');
  });

  it('a newly chosen language whose messages did not come: the browser’s, and asked for again', () => {
    followUiLanguage(reply('fr', messagesOf('fr')));
    followUiLanguage(reply('es'));
    expect(heldLanguage()).toBe('auto');
    expect(text.opener).toBe('Opener');
  });

  it('an oversized set is not installed', () => {
    const many = {
      ...messagesOf('fr'),
      ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x${i}`, 'x'])),
    };
    followUiLanguage(reply('fr', many));
    expect(heldLanguage()).toBe('auto');
    expect(text.opener).toBe('Opener');
  });
});
