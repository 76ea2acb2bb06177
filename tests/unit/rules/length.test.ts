import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs can be slow on a busy machine; they are about correctness, never speed. */
const PROPERTY_TIMEOUT = 60_000;

import { graphemeCount, normaliseNote, noteLength } from '../../../src/shared/rules';

describe('noteLength', () => {
  it.each([
    ['', 0],
    ['Hello', 5],
    ['a\nb', 3],
    ['a\r\nb', 3],
    ['a\rb', 3],
    ['a\r\n\r\nb', 4],
    ['👋', 2],
    ['Zoë', 3],
  ])('counts %j as %i', (text, expected) => {
    expect(noteLength(text)).toBe(expected);
  });

  it(
    'equals the UTF-16 length after CRLF normalisation, for any string',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          expect(noteLength(text)).toBe(text.replace(/\r\n?/g, '\n').length);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('graphemeCount', () => {
  it.each([
    ['Hello', 5],
    ['👋🏽', 1],
    ['👨‍👩‍👧', 1],
    ['e\u0301', 1],
    ['🇫🇷', 1],
    ['a\r\nb', 3],
  ])('counts %j as %i', (text, expected) => {
    expect(graphemeCount(text)).toBe(expected);
  });

  it(
    'never exceeds the UTF-16 length',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => graphemeCount(text) <= noteLength(text)),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('normaliseNote', () => {
  it('turns CRLF and lone CR into LF and leaves the rest alone', () => {
    expect(normaliseNote('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normaliseNote('plain')).toBe('plain');
  });
});
