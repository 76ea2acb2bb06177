/**
 * The worker's share of a chosen UI language for the content script (src/background/ui-messages.ts):
 * only the panel_… and rule_… messages, small, checked by the contract's schema and by the content
 * script's lean one, read once per locale, and a reply without them whenever they are not needed or
 * cannot be read (the panel then follows the browser).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { contentMessages, createUiMessages } from '../../../src/background/ui-messages';
import { ContentPanelDataSchema } from '../../../src/content/replies';
import { type PanelData, UiMessagesSchema } from '../../../src/shared/schema/messages';
import { type Settings, SettingsSchema } from '../../../src/shared/schema/stored';

type MessagesFile = Record<string, { message: string }>;
const packaged = (locale: string): MessagesFile =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessagesFile;

function panelData(uiLanguage: Settings['uiLanguage']): PanelData {
  return {
    openers: [],
    settings: SettingsSchema.parse({ uiLanguage }),
    contact: null,
    recentFingerprints: [],
    personalisedThisMonth: 0,
  };
}

describe('contentMessages', () => {
  for (const locale of ['fr', 'de', 'es']) {
    it(`${locale}: exactly the panel_… and rule_… messages of the file, as written`, () => {
      const file = packaged(locale);
      const subset = contentMessages(file);
      const expected = Object.keys(file).filter((name) => /^(panel|rule)_/.test(name));
      expect(Object.keys(subset).sort()).toEqual(expected.sort());
      for (const name of expected) expect(subset[name]).toBe(file[name]?.message);
      // A small share of the whole file: the popup's and options page's text stays behind.
      expect(expected.length).toBeGreaterThan(50);
      expect(Object.keys(file).length).toBeGreaterThan(3 * expected.length);
      expect(new TextEncoder().encode(JSON.stringify(subset)).byteLength).toBeLessThan(8 * 1024);
    });
  }

  it('what the worker sends passes the content script’s lean reply schema', () => {
    const data = { ...panelData('fr'), uiMessages: contentMessages(packaged('fr')) };
    const parsed = ContentPanelDataSchema.parse(data);
    expect(parsed.uiMessages).toEqual(data.uiMessages);
    expect(parsed.settings.uiLanguage).toBe('fr');
  });

  it('a file that is not messages.json is refused, not half-read', () => {
    expect(() => contentMessages({ panel_opener: 'Accroche' })).toThrow();
    expect(() => contentMessages([{ message: 'Accroche' }])).toThrow();
    expect(contentMessages({})).toEqual({}); // an empty file: no messages, so English
  });
});

describe('UiMessagesSchema and the lean reply schema', () => {
  const withMessages = (uiMessages: unknown) => ({ ...panelData('fr'), uiMessages });

  it('accept short strings by name', () => {
    expect(UiMessagesSchema.safeParse({ panel_opener: 'Accroche' }).success).toBe(true);
    expect(ContentPanelDataSchema.safeParse(withMessages({ panel_opener: 'Accroche' })).success).toBe(true);
  });

  it('both refuse a value that is not a string', () => {
    for (const bad of [{ panel_opener: 3 }, { panel_opener: { message: 'x' } }, ['Accroche'], 'Accroche']) {
      expect(UiMessagesSchema.safeParse(bad).success).toBe(false);
      expect(ContentPanelDataSchema.safeParse(withMessages(bad)).success).toBe(false);
    }
  });

  it('the contract bounds the size: long texts, long names, too many messages', () => {
    expect(UiMessagesSchema.safeParse({ panel_opener: 'x'.repeat(501) }).success).toBe(false);
    expect(UiMessagesSchema.safeParse({ [`panel_${'x'.repeat(60)}`]: 'x' }).success).toBe(false);
    const messages = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`rule_${i}`, 'x']));
    expect(UiMessagesSchema.safeParse(messages(200)).success).toBe(true);
    expect(UiMessagesSchema.safeParse(messages(201)).success).toBe(false);
  });
});

describe('createUiMessages', () => {
  const reader = () => vi.fn(async (locale: string) => packaged(locale));

  it('"auto": the reply as it was, and no file read', async () => {
    const read = reader();
    const data = panelData('auto');
    expect(await createUiMessages(read)(data)).toBe(data);
    expect(read).not.toHaveBeenCalled();
  });

  it('a chosen language: its messages, read and parsed once for every later reply', async () => {
    const read = reader();
    const withUiMessages = createUiMessages(read);
    const first = await withUiMessages(panelData('fr'));
    const second = await withUiMessages(panelData('fr'), 'auto');
    expect(first.uiMessages?.panel_opener).toBe('Accroche');
    expect(second.uiMessages).toBe(first.uiMessages);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('fr');
  });

  it('not sent again to a content script that holds them; sent when the choice changed', async () => {
    const read = reader();
    const withUiMessages = createUiMessages(read);
    expect((await withUiMessages(panelData('fr'), 'fr')).uiMessages).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    const german = await withUiMessages(panelData('de'), 'fr');
    expect(german.uiMessages?.panel_opener).toBe(packaged('de').panel_opener?.message);
  });

  it('English needs no file: an empty set, the content script’s own text', async () => {
    const read = reader();
    expect((await createUiMessages(read)(panelData('en'))).uiMessages).toEqual({});
    expect(read).not.toHaveBeenCalled();
  });

  it('a file that cannot be read: the reply without messages, and the next reply tries again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const read = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(packaged('es'));
    const withUiMessages = createUiMessages(read);
    const data = panelData('es');
    expect(await withUiMessages(data)).toBe(data);
    expect((await withUiMessages(data)).uiMessages?.panel_opener).toBe(packaged('es').panel_opener?.message);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a file that is not messages.json is not cached either', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const read = vi.fn().mockResolvedValueOnce({ broken: 1 }).mockResolvedValue(packaged('fr'));
    const withUiMessages = createUiMessages(read);
    expect((await withUiMessages(panelData('fr'))).uiMessages).toBeUndefined();
    expect((await withUiMessages(panelData('fr'))).uiMessages?.panel_opener).toBe('Accroche');
  });
});
