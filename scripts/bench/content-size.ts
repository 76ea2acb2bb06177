/**
 * The content script's size (issue #4: under 40 KB minified) and where its bytes come from. The measured
 * file is the one in PT_EXTENSION_DIR; the breakdown comes from a fresh Chrome build with source maps in
 * a temp dir, checked byte for byte against the measured file (a stale PT_EXTENSION_DIR says so).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RawSourceMapInput } from 'source-map-js';
import { bytesByOrigin, ORIGINS, type Origin, withoutSourceMappingUrl } from './attribute';
import { EXTENSION_DIR } from './browser';
import type { BenchRow } from './measure';

const CONTENT_SCRIPT = 'src/content/index.js';
const ROOT = resolve(import.meta.dirname, '../..');
const GOAL_KB = 40;

interface MappedBuild {
  code: string;
  map: RawSourceMapInput;
  mapUrl: string;
}

/** Builds the Chrome extension with source maps into a temp dir (not dist/: colleagues' builds live there). */
function buildWithSourceMap(): MappedBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'pt-bench-sourcemap-'));
  try {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--mode', 'chrome'], {
      cwd: ROOT,
      env: { ...process.env, PT_SOURCEMAP: '1', PT_OUT_DIR: outDir },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`sourcemapped build failed:\n${result.stdout}${result.stderr}`);
    const file = join(outDir, CONTENT_SCRIPT);
    return {
      code: withoutSourceMappingUrl(readFileSync(file, 'utf8')),
      map: JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMapInput,
      mapUrl: pathToFileURL(`${file}.map`).href,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Says whether the breakdown describes the measured file, and if not, how the two differ. */
function sameBuildNote(fresh: Buffer, measured: Buffer): string {
  if (fresh.equals(measured)) return '= file size';
  const delta = fresh.length - measured.length;
  const how = delta === 0 ? 'same length, other bytes' : `${delta > 0 ? '+' : ''}${delta} B`;
  return `NOTE: fresh build ≠ measured file (${how}); rebuild ${EXTENSION_DIR}`;
}

function originRows(measured: Buffer): BenchRow[] {
  const fresh = buildWithSourceMap();
  const bytes = bytesByOrigin(fresh.code, fresh.map, { mapUrl: fresh.mapUrl, projectRoot: ROOT });
  const total = Object.values(bytes).reduce((sum, b) => sum + b, 0);
  const percent = (b: number) => `${((100 * b) / total).toFixed(1)} %`;
  const rows: BenchRow[] = (Object.keys(ORIGINS) as Origin[]).map((origin) => ({
    name: `  from ${ORIGINS[origin]}: ${percent(bytes[origin])}`,
    median: bytes[origin],
    unit: 'B',
  }));
  rows.push({
    name: `  sum (${sameBuildNote(Buffer.from(fresh.code), measured)})`,
    median: total,
    unit: 'B',
  });
  // What the product's own design puts in the content script before any of its own code: zod (every
  // message parsed at the boundary) and the shared rules module ("used by the content script"). Preact
  // is a choice (the standards allow DOM APIs), so it is not counted here.
  const required = bytes.zod + bytes.rules;
  rows.push({
    name: 'zod + rules module alone (required by the design; Preact excluded)',
    median: required / 1024,
    unit: 'KB',
    goal: `< ${GOAL_KB} KB (whole script)`,
  });
  return rows;
}

/** Size rows for the content script in PT_EXTENSION_DIR, then its bytes by origin. */
export function contentScriptSizeRows(): BenchRow[] {
  const code = readFileSync(join(EXTENSION_DIR, CONTENT_SCRIPT));
  return [
    { name: 'content script, minified', median: code.length / 1024, unit: 'KB', goal: `< ${GOAL_KB} KB` },
    { name: 'content script, gzip', median: gzipSync(code).length / 1024, unit: 'KB' },
    ...originRows(code),
  ];
}
