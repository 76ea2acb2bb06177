import { describe, expect, it } from 'vitest';
import { matchScore, searchBy } from '../../../src/ui/search';

const openers = [
  { title: 'Conference follow-up', body: 'Great to meet you at {{howWeMet}}', tags: ['events'] },
  { title: 'Recruiter intro', body: 'I am hiring designers in Lyon', tags: ['hiring'] },
  { title: 'Alumni', body: 'Fellow Université de Montréal graduate here', tags: [] },
];
const textOf = (item: (typeof openers)[number]) => `${item.title} ${item.body} ${item.tags.join(' ')}`;
const titles = (query: string) => searchBy(openers, query, textOf).map((item) => item.title);

describe('searchBy', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(titles('  ')).toEqual(['Conference follow-up', 'Recruiter intro', 'Alumni']);
  });

  it('matches titles, bodies and tags, as prefixes while typing', () => {
    expect(titles('confer')).toEqual(['Conference follow-up']);
    expect(titles('designers')).toEqual(['Recruiter intro']);
    expect(titles('events')).toEqual(['Conference follow-up']);
  });

  it('forgives small typos, swapped letters and missing accents', () => {
    expect(titles('recuiter')).toEqual(['Recruiter intro']);
    expect(titles('confrence')).toEqual(['Conference follow-up']);
    expect(titles('hirnig')).toEqual(['Recruiter intro']);
    expect(titles('universite montreal')).toEqual(['Alumni']);
  });

  it('needs every query word and does not fuzz short words', () => {
    expect(titles('hiring lyon')).toEqual(['Recruiter intro']);
    expect(titles('hiring paris')).toEqual([]);
    expect(titles('lyn')).toEqual([]);
  });

  it('ranks exact words above near misses', () => {
    const items = ['a hirng note', 'a hiring note'];
    expect(searchBy(items, 'hiring', (item) => item)).toEqual(['a hiring note', 'a hirng note']);
    expect(matchScore('hiring', 'hiring')).toBeGreaterThan(matchScore('hiring', 'hirng'));
  });

  it('orders by score, best first, and keeps the input order among equal scores', () => {
    const items = ['recruit later', 'recruiter one', 'recuiter', 'recruiter two', 'design'];
    expect(searchBy(items, 'recruiter', (item) => item)).toEqual([
      'recruiter one',
      'recruiter two',
      'recruit later',
      'recuiter',
    ]);
  });
});
