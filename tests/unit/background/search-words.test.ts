import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../src/background/store/opener-search';
import { tokenize } from '../../../src/shared/rules';

const keys = (text: string) => [...new Set(tokenize(text).map((token) => token.key))].sort();

describe('searchWords (the fast path of opener search)', () => {
  it('folds exactly as tokenize does, on ASCII and on any text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 '’‘-.,{}|\n\tÉé".split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ maxLength: 60 })), (text) => {
        expect([...searchWords(text)].sort()).toEqual(keys(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the usual opener text', () => {
    const text = "Hi {{firstName}}, we met {{howWeMet|recently}} and I'd like to stay in touch!";
    expect([...searchWords(text)].sort()).toEqual(keys(text));
    expect(searchWords('Grüße aus Köln')).toEqual(new Set(['grusse', 'aus', 'koln']));
  });
});
