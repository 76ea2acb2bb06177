import { describe, expect, it } from 'vitest';
import { wordsWithinTyposOfPrefix } from '../../../src/ui/prefix-typos';
import { matchScore, searchBy } from '../../../src/ui/search';

const openers = ['Recruiter intro', 'Conference follow-up', 'Design meetup', 'Hiring in Lyon'];
const found = (query: string, items: readonly string[] = openers) => searchBy(items, query, (item) => item);

describe('typos in the word still being typed', () => {
  it('keeps the match on the way to "recruiter" with a letter missing', () => {
    for (const query of ['recui', 'recuit', 'recuite', 'recuiter']) {
      expect(found(query), query).toEqual(['Recruiter intro']);
    }
  });

  it('forgives swapped and wrong letters mid-word', () => {
    expect(found('cnofer')).toEqual(['Conference follow-up']);
    expect(found('desgi')).toEqual(['Design meetup']);
    expect(found('meetpu')).toEqual(['Design meetup']);
  });

  it('treats only the last query word as a prefix; earlier words are whole', () => {
    expect(found('lyon recui', ['Recruiter in Lyon', 'Recruiter in Paris'])).toEqual(['Recruiter in Lyon']);
    expect(found('recui lyon', ['Recruiter in Lyon'])).toEqual([]);
    expect(matchScore('lyon recui', 'Recruiter in Lyon')).toBeGreaterThan(0);
  });

  it('does not fuzz short prefixes, nor words too far off', () => {
    expect(found('rcr')).toEqual([]);
    expect(found('xyzui')).toEqual([]);
    expect(found('recxyz')).toEqual([]);
  });

  it('ranks an exact word above a prefix above a typo in a prefix', () => {
    const items = ['a recuperated note', 'a recruiters note', 'a recruit note', 'a rectify note'];
    expect(found('recruit', items)).toEqual(['a recruit note', 'a recruiters note']);
    expect(found('recrui', items)).toEqual(['a recruiters note', 'a recruit note']);
    const mixed = ['a rectify note', 'a recuiting note', 'a rehearsal note', 'a recui note'];
    expect(found('recui', mixed)).toEqual(['a recui note', 'a recuiting note', 'a rectify note']);
  });
});

describe('wordsWithinTyposOfPrefix', () => {
  const vocabulary = ['recruit', 'recruiter', 'recruiting', 'record', 'design', 'designer', 'red'];

  it('finds the words some start of which is within the budget, whatever their order', () => {
    expect([...wordsWithinTyposOfPrefix('recui', vocabulary, 1)].sort()).toEqual([
      'recruit',
      'recruiter',
      'recruiting',
    ]);
    expect([...wordsWithinTyposOfPrefix('desgin', [...vocabulary].reverse(), 1)].sort()).toEqual([
      'design',
      'designer',
    ]);
  });

  it('agrees with a plain definition on random words', () => {
    const letters = 'abcde';
    const random = (seed: number) => {
      let state = seed;
      return () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state;
      };
    };
    const next = random(7);
    const word = () =>
      Array.from({ length: 2 + (next() % 7) }, () => letters[next() % letters.length]).join('');
    const plainDistance = (a: string, b: string): number => {
      const width = b.length + 1;
      const d: number[] = [];
      const at = (i: number, j: number) => d[i * width + j] ?? Number.POSITIVE_INFINITY;
      for (let i = 0; i <= a.length; i++) {
        for (let j = 0; j <= b.length; j++) {
          if (i === 0 || j === 0) {
            d[i * width + j] = i + j;
            continue;
          }
          let value = Math.min(
            at(i - 1, j) + 1,
            at(i, j - 1) + 1,
            at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            value = Math.min(value, at(i - 2, j - 2) + 1);
          }
          d[i * width + j] = value;
        }
      }
      return at(a.length, b.length);
    };
    for (let round = 0; round < 200; round++) {
      const vocabulary = Array.from({ length: 30 }, word);
      const query = word();
      const budget = 1 + (round % 2);
      const expected = vocabulary.filter((candidate) =>
        Array.from({ length: candidate.length }, (_, end) => candidate.slice(0, end + 1)).some(
          (start) => plainDistance(query, start) <= budget,
        ),
      );
      expect([...wordsWithinTyposOfPrefix(query, vocabulary, budget)].sort()).toEqual(
        [...new Set(expected)].sort(),
      );
    }
  });
});
