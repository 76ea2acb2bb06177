/**
 * `npm run check-notes`: checks invitation notes, or an exported opener library, from the command line.
 * Run with --help for usage. Output is one JSON object per line, so it pipes into jq and friends.
 */
import { readFileSync } from 'node:fs';
import { checkNote, type NoteContext, openerLengthRange } from '../src/shared/rules';

const HELP = `Usage:
  npm run check-notes -- [--limit N] [FILE]     check notes from FILE, or from stdin
  npm run check-notes -- --openers FILE          check an exported opener library

Notes: one per line, either plain text or a JSON object {"text": "...", "name": "Jane Doe", "limit": 300}
("name" is the recipient's name, "limit" overrides --limit, which defaults to 200). Blank lines are skipped.
Prints one JSON line per note: {"line":n,"length":…,"graphemes":…,"findings":[{"id","severity","message"}]}.

Openers: a JSON array of {"title","body"}, or an object with an "openers" array of them.
Prints one JSON line per opener with any syntax error and the worst-case length against 200 and 300.

Exit code: 0 when nothing blocks; 1 when any note has a "block" finding (or any opener has a syntax
error); 2 on bad input (unreadable file, malformed JSON, wrong shape, bad option).`;

class BadInput extends Error {}

interface Options {
  file?: string;
  openers?: string;
  limit: number;
}

function parseArgs(args: readonly string[]): Options | 'help' {
  const options: Options = { limit: 200 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--openers' || arg === '--limit') {
      const value = args[++i];
      if (value === undefined) throw new BadInput(`${arg} needs a value`);
      if (arg === '--openers') options.openers = value;
      else options.limit = positiveInteger(value, '--limit');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new BadInput(`unknown option ${arg}`);
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      throw new BadInput('give at most one file');
    }
  }
  return options;
}

function positiveInteger(value: unknown, what: string): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)
    throw new BadInput(`${what} must be a positive integer`);
  return n;
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new BadInput(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadInput(`${where}: not valid JSON`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A note line: plain text, or a JSON object with text, and optionally name and limit. */
function noteFromLine(
  line: string,
  lineNumber: number,
  defaultLimit: number,
): { text: string; context: NoteContext } {
  if (!line.trimStart().startsWith('{')) return { text: line, context: { limit: defaultLimit } };
  const value = parseJson(line, `line ${lineNumber}`);
  if (!isRecord(value) || typeof value.text !== 'string')
    throw new BadInput(`line ${lineNumber}: needs a "text" string`);
  const context: NoteContext = {
    limit:
      value.limit === undefined ? defaultLimit : positiveInteger(value.limit, `line ${lineNumber}: "limit"`),
  };
  if (typeof value.name === 'string') context.recipient = { fullName: value.name };
  else if (value.name !== undefined) throw new BadInput(`line ${lineNumber}: "name" must be a string`);
  return { text: value.text, context };
}

function checkNotes(input: string, limit: number): number {
  const lines = input.split(/\r?\n/);
  // Validate everything first, so bad input never leaves half a report behind.
  const notes = lines.map((line, i) =>
    line.trim() === '' ? null : { line: i + 1, ...noteFromLine(line, i + 1, limit) },
  );
  let blocked = false;
  for (const note of notes) {
    if (!note) continue;
    const report = checkNote(note.text, note.context);
    blocked ||= report.findings.some((f) => f.severity === 'block');
    const findings = report.findings.map(({ id, severity, message }) => ({ id, severity, message }));
    console.log(
      JSON.stringify({ line: note.line, length: report.length, graphemes: report.graphemes, findings }),
    );
  }
  return blocked ? 1 : 0;
}

function checkOpeners(input: string): number {
  const value = parseJson(input, 'openers file');
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.openers)
      ? value.openers
      : null;
  if (!list)
    throw new BadInput('openers file: expected an array of openers or an object with an "openers" array');
  const openers = list.map((item: unknown, i) => {
    if (!isRecord(item) || typeof item.body !== 'string' || typeof item.title !== 'string') {
      throw new BadInput(`opener ${i}: needs "title" and "body" strings`);
    }
    return { title: item.title, body: item.body };
  });
  let broken = false;
  openers.forEach(({ title, body }, index) => {
    const result = openerLengthRange(body);
    if (!result.ok) {
      broken = true;
      console.log(JSON.stringify({ index, title, ok: false, error: result.error }));
      return;
    }
    const { shortest, longest } = result.range;
    console.log(
      JSON.stringify({
        index,
        title,
        ok: true,
        shortest,
        longest,
        fits200: longest <= 200,
        fits300: longest <= 300,
      }),
    );
  });
  return broken ? 1 : 0;
}

function main(args: readonly string[]): number {
  try {
    const options = parseArgs(args);
    if (options === 'help') {
      console.log(HELP);
      return 0;
    }
    if (options.openers !== undefined) return checkOpeners(readInput(options.openers));
    return checkNotes(readInput(options.file), options.limit);
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    console.error(`check-notes: ${error.message}\nRun with --help for usage.`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
