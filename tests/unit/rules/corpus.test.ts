import { describe, expect, it } from 'vitest';
import { checkNote, type Finding, type FindingId, noteFingerprint } from '../../../src/shared/rules';
import { CORPUS, type CorpusNote, HELD_OUT } from './corpus';

interface Score {
  id: FindingId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const IDS: FindingId[] = [
  'default-text',
  'wrong-name',
  'name-typo',
  'generic',
  'unresolved-placeholder',
  'pitch',
  'contact-info',
  'over-limit',
  'empty',
  'duplicate',
];

const cache = new Map<CorpusNote, Finding[]>();

function found(note: CorpusNote): Finding[] {
  const cached = cache.get(note);
  if (cached) return cached;
  const findings = checkNote(note.text, {
    limit: note.limit ?? 200,
    ...(note.recipient ? { recipient: note.recipient } : {}),
    ...(note.senderName ? { senderName: note.senderName } : {}),
    ...(note.customPhrases ? { customPhrases: note.customPhrases } : {}),
    ...(note.recent ? { recentFingerprints: note.recent.map(noteFingerprint) } : {}),
  }).findings;
  cache.set(note, findings);
  return findings;
}

function score(notes: readonly CorpusNote[]): { scores: Score[]; misses: string[] } {
  const misses: string[] = [];
  const scores = IDS.map((id) => {
    let [tp, fp, fn] = [0, 0, 0];
    for (const note of notes) {
      const expected = note.expect.includes(id);
      const got = found(note).some((f) => f.id === id);
      if (expected && got) tp++;
      if (!expected && got) fp++;
      if (expected && !got) fn++;
      if (expected !== got)
        misses.push(`${expected ? 'missed' : 'extra '} ${id}: ${JSON.stringify(note.text)}`);
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    return { id, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  return { scores, misses };
}

function printTable(title: string, scores: readonly Score[]): void {
  const rows = scores.map(
    (s) =>
      `| ${s.id.padEnd(22)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(3)} | ${String(s.fn).padStart(3)} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`,
  );
  console.log(
    [`\n${title}`, '| finding                |  tp |  fp |  fn | prec | rec  |', ...rows].join('\n'),
  );
}

describe('labelled corpus', () => {
  const all = [...CORPUS, ...HELD_OUT];

  it('has at least 80 notes, with a held-out set', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(10);
  });

  it('reaches the precision and recall targets (tuning set and held-out set together)', () => {
    const tuning = score(CORPUS);
    const heldOut = score(HELD_OUT);
    const total = score(all);
    printTable(`Tuning set (${CORPUS.length} notes)`, tuning.scores);
    printTable(`Held-out set (${HELD_OUT.length} notes)`, heldOut.scores);
    printTable(`All (${all.length} notes)`, total.scores);
    if (total.misses.length > 0) console.log(total.misses.join('\n'));
    for (const s of total.scores) {
      const target = s.id === 'default-text' || s.id === 'wrong-name' ? 1 : 0.9;
      expect.soft(s.precision, `${s.id} precision`).toBeGreaterThanOrEqual(target);
      expect.soft(s.recall, `${s.id} recall`).toBeGreaterThanOrEqual(target);
    }
  });

  it('never blocks a good note', () => {
    const blocked = all.filter((note) => note.good && found(note).some((f) => f.severity === 'block'));
    expect(blocked.map((note) => note.text)).toEqual([]);
  });
});
