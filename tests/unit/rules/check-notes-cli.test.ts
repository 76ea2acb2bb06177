/** The command-line checker, run as a user runs it: notes on stdin or in a file, JSON lines out, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');

function run(args: string[], input = '') {
  const result = spawnSync(TSX, ['scripts/check-notes.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as { line: number; length: number; findings: { id: string; severity: string }[] },
    );
  return { status: result.status, lines, stderr: result.stderr };
}

// Each case starts Node and tsx; on a loaded two-core machine that alone can take seconds.
describe('npm run check-notes', { timeout: 30_000 }, () => {
  it('prints one JSON line per note and exits 1 when a note would be blocked', () => {
    const input = [
      "I'd like to add you to my professional network on LinkedIn.",
      JSON.stringify({
        text: 'Hi John, loved your talk on calm software at the Berlin meetup.',
        name: 'Jane Doe',
      }),
      '',
      JSON.stringify({
        text: 'Hi Jane, your talk on calm software at the Berlin meetup stayed with me.',
        name: 'Jane Doe',
        limit: 300,
      }),
    ].join('\n');
    const { status, lines } = run([], input);
    expect(status).toBe(1);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4]);
    expect(lines[0]?.findings.map((f) => f.id)).toContain('default-text');
    expect(lines[1]?.findings.map((f) => f.id)).toContain('wrong-name');
    expect(lines[2]?.findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('exits 0 when nothing blocks, and 2 on malformed input', () => {
    expect(run([], 'Hi Sam, great chatting at the Lyon product meetup about onboarding!\n').status).toBe(0);
    expect(run([], '{"text": 42}\n').status).toBe(2);
  });

  it('checks an exported opener library for syntax errors and worst-case length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-cli-'));
    const file = join(dir, 'openers.json');
    writeFileSync(
      file,
      JSON.stringify({
        openers: [
          { title: 'Good', body: 'Hi {{firstName|there}}, we met {{howWeMet}}.' },
          { title: 'Broken', body: 'Hi {{firstName' },
        ],
      }),
    );
    const result = spawnSync(TSX, ['scripts/check-notes.ts', '--openers', file], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const out = result.stdout.trim().split('\n');
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/error/i);
  });
});
