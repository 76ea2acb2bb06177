import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs can be slow on a busy machine; they are about correctness, never speed. */
const PROPERTY_TIMEOUT = 60_000;

import { checkNote, type FindingId } from '../../../src/shared/rules';

const ids = (text: string, limit = 200): FindingId[] => checkNote(text, { limit }).findings.map((f) => f.id);

describe('checkNote basics', () => {
  it('warns on an empty note and stops there', () => {
    expect(checkNote('  \n ', { limit: 200 }).findings).toEqual([
      expect.objectContaining({ id: 'empty', severity: 'warn' }),
    ]);
  });

  it('says how many characters a note is over the limit', () => {
    const report = checkNote('x'.repeat(212), { limit: 200 });
    expect(report).toMatchObject({ length: 212, over: 12, limit: 200 });
    const finding = report.findings.find((f) => f.id === 'over-limit');
    expect(finding?.message).toBe("Your note is 12 characters over LinkedIn's 200-character limit.");
    expect(finding?.span).toEqual({ start: 200, end: 212 });
  });

  it('counts CRLF as one and reports graphemes alongside', () => {
    expect(checkNote('a\r\nb 👋🏽', { limit: 200 })).toMatchObject({ length: 8, graphemes: 5 });
  });

  it('sorts block before warn before info', () => {
    const report = checkNote(`Hi {{firstName}}, ${'x'.repeat(300)}`, { limit: 200 });
    const order = { block: 0, warn: 1, info: 2 };
    const severities = report.findings.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort());
  });
});

describe('unresolved-placeholder flags', () => {
  it.each([
    'Hi {{firstName}}, great to meet you.',
    'Hi {{ firstName , great to meet you.',
    'Hi Jane, loved your work at {{compnay}}.',
    'Hi [First Name], great to meet you.',
    'Hi , great to meet you at the meetup.',
    'Great to meet you at  Acme last week.',
    'Hi  — great to meet you at the meetup.',
  ])('%j', (text) => {
    expect(ids(text)).toContain('unresolved-placeholder');
  });
});

describe('unresolved-placeholder does not flag', () => {
  it.each([
    'Hi Jane, great to meet you.',
    'Bonjour Marie ! Ravie de vous rencontrer : à bientôt ?',
    'Great talk.  See you at the next one.',
    'Loved the {curly} joke in your slides.',
    'Hi Jane — great to meet you.',
  ])('%j', (text) => {
    expect(ids(text)).not.toContain('unresolved-placeholder');
  });
});

describe('checkNote properties', () => {
  it(
    'never throws on any Unicode input and keeps spans inside the note',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 400 }), (text, limit) => {
          const report = checkNote(text, {
            limit,
            recipient: { fullName: 'Jane Doe' },
            customPhrases: ['x y'],
          });
          for (const f of report.findings) {
            if (f.span) expect(f.span.end).toBeLessThanOrEqual(report.length);
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
