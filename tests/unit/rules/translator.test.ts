/**
 * The rules' translator seam on its own (no UI): English by default, a registered translator asked
 * message by message, English again where it has nothing or fails, values always copied as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkNote, renderOpener } from '../../../src/shared/rules';
import { englishRuleMessages, messages } from '../../../src/shared/rules/messages';
import { type RuleTranslator, setRuleTranslator } from '../../../src/shared/rules/translator';

afterEach(() => setRuleTranslator(undefined));

/** A translator that records what it was asked and answers from `table` (values filled naively). */
function recording(table: Record<string, string>) {
  const asked: { name: string; values: readonly (string | number)[]; count?: number | undefined }[] = [];
  const translate: RuleTranslator = (name, values, count) => {
    asked.push({ name, values, count });
    return table[name]?.replace(/\{(\d)\}/g, (_, n) => String(values[Number(n) - 1]));
  };
  return { asked, translate };
}

describe('rule messages without a translator', () => {
  it('are the English of en/messages.json, with the English plural', () => {
    const english = englishRuleMessages();
    expect(messages.overLimit(1, 200)).toBe("Your note is 1 character over LinkedIn's 200-character limit.");
    expect(messages.overLimit(14, 200)).toBe(
      english.rule_overLimit_other?.replace('{1}', '14').replace('{2}', '200'),
    );
    expect(messages.duplicate(3)).toMatch(/ to 3 people\. /);
    expect(messages.templateUnknown('firstNme', 'firstName')).toBe(
      '"firstNme" is not a placeholder name. Did you mean "firstName"?',
    );
    expect(messages.templateSectionUnclosed('company')).toBe(
      'The section "company" is never closed. Add {{/company}}.',
    );
  });

  it('names every message rule_<key>, with _one/_other for the two count sentences', () => {
    const names = Object.keys(englishRuleMessages());
    expect(names.every((name) => /^rule_[A-Za-z]+(_one|_other)?$/.test(name))).toBe(true);
    expect(names.filter((name) => name.endsWith('_one')).sort()).toEqual([
      'rule_duplicate_one',
      'rule_overLimit_one',
    ]);
  });
});

describe('a registered translator', () => {
  it('is asked by name with the values in order, and a count for count sentences', () => {
    const { asked, translate } = recording({ rule_overLimit: 'unused: the name has a plural form' });
    setRuleTranslator(translate);
    checkNote('x'.repeat(214), { limit: 200 });
    expect(asked).toContainEqual({ name: 'rule_overLimit', values: [14, 200], count: 14 });
  });

  it('replaces the messages it has and leaves the others English', () => {
    const { translate } = recording({ rule_empty: 'Leer.', rule_removeFix: 'Weg damit' });
    setRuleTranslator(translate);
    expect(checkNote('', { limit: 300 }).findings[0]?.message).toBe('Leer.');
    const placeholder = checkNote('Hi {{firstName}}, we met at the meetup on Rust tooling last week.', {
      limit: 300,
    }).findings.find((f) => f.id === 'unresolved-placeholder');
    expect(placeholder?.fix?.label).toBe('Weg damit');
    expect(placeholder?.message).toBe(
      '"{{firstName}}" is a placeholder that was not filled in. Replace it with the real words before sending.',
    );
  });

  it('translates opener syntax errors too', () => {
    const { translate } = recording({ rule_templateUnknownSuggestion: '{1}? Vielleicht {2}.' });
    setRuleTranslator(translate);
    const result = renderOpener('Hi {{firstname}}', {});
    expect(result.ok ? '' : result.error.message).toBe('firstname? Vielleicht firstName.');
  });

  it('fails open: a translator that throws or answers "" leaves the English', () => {
    setRuleTranslator(() => {
      throw new Error('context invalidated');
    });
    expect(messages.empty()).toMatch(/^Your note is empty\./);
    setRuleTranslator(() => '');
    expect(messages.tidyFix()).toBe('Tidy the spacing');
  });

  it('can be removed, restoring English', () => {
    setRuleTranslator(() => 'translated');
    expect(messages.pitch()).toBe('translated');
    setRuleTranslator(undefined);
    expect(messages.pitch()).toMatch(/^This reads like a sales pitch/);
  });
});

describe('values', () => {
  it('go into the English as plain text: markup, slot markers and $ patterns are copied as written', () => {
    for (const written of ['<b onclick="x()">Jon</b>', '{2}', '$& $1 $$']) {
      expect(messages.replaceNameFix(written, 'Jane')).toBe(`Replace "${written}" with "Jane"`);
    }
  });
});
