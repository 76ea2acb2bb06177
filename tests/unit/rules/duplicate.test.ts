import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs can be slow on a busy machine; they are about correctness, never speed. */
const PROPERTY_TIMEOUT = 60_000;

import { checkNote, hammingDistance, noteFingerprint } from '../../../src/shared/rules';

const note = (name: string) =>
  `Hi ${name}, loved your talk at PyCon about async Rust. I'm building similar tooling and would love to compare notes.`;

describe('noteFingerprint', () => {
  it('is 16 hex digits and ignores case, punctuation and line endings', () => {
    const fp = noteFingerprint(note('Jane'));
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(noteFingerprint(note('Jane').toUpperCase().replace(/[.,]/g, ''))).toBe(fp);
    expect(noteFingerprint('a\r\nb')).toBe(noteFingerprint('a\nb'));
  });

  it('keeps notes that differ only in the name close', () => {
    expect(
      hammingDistance(noteFingerprint(note('Jane')), noteFingerprint(note('Bartholomew'))),
    ).toBeLessThanOrEqual(12);
  });

  it('keeps unrelated notes far apart', () => {
    const other = 'Bonjour Marie, merci pour la présentation sur la logistique durable à Lyon hier soir.';
    expect(hammingDistance(noteFingerprint(note('Jane')), noteFingerprint(other))).toBeGreaterThan(16);
  });

  it(
    'hammingDistance is 0 to itself, symmetric, and 64 for non-fingerprints',
    () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (a, b) => {
          const [fa, fb] = [noteFingerprint(a), noteFingerprint(b)];
          expect(hammingDistance(fa, fa)).toBe(0);
          expect(hammingDistance(fa, fb)).toBe(hammingDistance(fb, fa));
        }),
      );
      expect(hammingDistance('zz', noteFingerprint('x'))).toBe(64);
    },
    PROPERTY_TIMEOUT,
  );
});

describe('duplicate', () => {
  const sent = ['John', 'Priya', 'Chen'].map((n) => noteFingerprint(note(n)));
  const unrelated = noteFingerprint('Thanks for the intro to the data team at Globex, speak soon.');

  it('flags a note already sent to several people, saying how many', () => {
    const finding = checkNote(note('Jane'), {
      limit: 300,
      recentFingerprints: [...sent, unrelated],
    }).findings.find((f) => f.id === 'duplicate');
    expect(finding?.severity).toBe('warn');
    expect(finding?.message).toContain('3 people');
  });

  it('does not flag a single earlier match or unrelated notes', () => {
    const ids = (recent: string[]) =>
      checkNote(note('Jane'), { limit: 300, recentFingerprints: recent }).findings.map((f) => f.id);
    expect(ids([sent[0] ?? '', unrelated])).not.toContain('duplicate');
    expect(ids([unrelated, unrelated, unrelated])).not.toContain('duplicate');
  });
});
