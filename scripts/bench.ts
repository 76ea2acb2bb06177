/**
 * `npm run bench`: every benchmark section, each printing a table. Sections live in scripts/bench/.
 * Speed is measured here, never in timed tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, printTable } from './bench/measure';

interface Section {
  title: string;
  run: () => Promise<BenchRow[]>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const section = (await import(join(dir, file))).default as Section;
  printTable(section.title, await section.run());
}
