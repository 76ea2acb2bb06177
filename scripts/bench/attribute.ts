/**
 * Which original sources the bytes of a generated (minified) file come from, read from its source map.
 * Pure: code and map in, bytes per source or per origin out; the bench does the building and reading.
 *
 * A mapping marks where a source's text starts in the generated file; it runs until the next mapping,
 * across line ends: minified code breaks lines only inside template literals (the panel's CSS), whose
 * continuation lines carry no mapping of their own. Bytes before the first mapping and after a mapping
 * without a source are the bundler's own glue. Every byte lands in exactly one bucket, so the buckets
 * always sum to the file's UTF-8 length.
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RawSourceMapInput, SourceMapConsumer } from 'source-map-js';

/** Where the content script's bytes come from, in the order the bench prints them. */
export const ORIGINS = {
  zod: 'zod (zod/mini)',
  preact: 'preact (+hooks, jsx-runtime)',
  rules: 'shared rules module (src/shared/rules)',
  linkedin: 'LinkedIn adapters (src/content/linkedin)',
  panel: 'panel UI (src/content/panel)',
  outcomes: 'outcomes (src/content/outcomes)',
  content: 'rest of src/content',
  clientUi: 'src/client and src/ui',
  other: 'other sources',
  glue: 'bundler glue (unmapped code)',
} as const;

export type Origin = keyof typeof ORIGINS;

/** Path prefixes (relative to the project) of each origin; the first match wins, so nested dirs go first. */
const PREFIXES: readonly (readonly [Origin, string])[] = [
  ['zod', 'node_modules/zod/'],
  ['preact', 'node_modules/preact/'],
  ['rules', 'src/shared/rules/'],
  ['linkedin', 'src/content/linkedin/'],
  ['panel', 'src/content/panel/'],
  ['outcomes', 'src/content/outcomes/'],
  ['content', 'src/content/'],
  ['clientUi', 'src/client/'],
  ['clientUi', 'src/ui/'],
];

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

interface Segment {
  column: number;
  source: string | null;
}

/** The map's segments per generated line (0-based), each line's sorted by column. */
function segmentsByLine(map: RawSourceMapInput, mapUrl: string | undefined): Map<number, Segment[]> {
  const lines = new Map<number, Segment[]>();
  new SourceMapConsumer(map, mapUrl).eachMapping((mapping) => {
    const line = lines.get(mapping.generatedLine - 1) ?? [];
    line.push({ column: mapping.generatedColumn, source: mapping.source });
    lines.set(mapping.generatedLine - 1, line);
  });
  for (const line of lines.values()) line.sort((a, b) => a.column - b.column);
  return lines;
}

/**
 * Bytes of `code` per source as the consumer names it (resolved against `mapUrl` when given), `null`
 * for glue. Columns in source maps count UTF-16 code units, as JavaScript strings do.
 */
export function bytesBySource(
  code: string,
  map: RawSourceMapInput,
  mapUrl?: string,
): Map<string | null, number> {
  const bytes = new Map<string | null, number>();
  const add = (source: string | null, text: string) => {
    if (text.length > 0) bytes.set(source, (bytes.get(source) ?? 0) + utf8Length(text));
  };
  const segments = segmentsByLine(map, mapUrl);
  let source: string | null = null; // carried over line ends, see the module comment
  code.split('\n').forEach((line, index) => {
    if (index > 0) add(source, '\n');
    let start = 0;
    for (const segment of segments.get(index) ?? []) {
      add(source, line.slice(start, segment.column));
      start = Math.max(start, segment.column);
      source = segment.source;
    }
    add(source, line.slice(start));
  });
  return bytes;
}

/** The origin of one source: an absolute path or file: URL, or a path relative to `projectRoot`. */
export function originOf(source: string | null, projectRoot: string): Origin {
  if (source === null) return 'glue';
  const absolute = source.startsWith('file:') ? fileURLToPath(source) : source;
  const fromRoot = (isAbsolute(absolute) ? relative(projectRoot, absolute) : absolute).replaceAll('\\', '/');
  // A package counts as itself wherever npm placed it (hoisted or nested under another package).
  const nested = fromRoot.lastIndexOf('node_modules/');
  const path = nested > 0 ? fromRoot.slice(nested) : fromRoot;
  return PREFIXES.find(([, prefix]) => path.startsWith(prefix))?.[0] ?? 'other';
}

/** Bytes of `code` per origin, every origin present (zero when nothing comes from it). */
export function bytesByOrigin(
  code: string,
  map: RawSourceMapInput,
  { mapUrl, projectRoot }: { mapUrl?: string; projectRoot: string },
): Record<Origin, number> {
  const totals = Object.fromEntries(Object.keys(ORIGINS).map((origin) => [origin, 0])) as Record<
    Origin,
    number
  >;
  for (const [source, bytes] of bytesBySource(code, map, mapUrl)) {
    totals[originOf(source, projectRoot)] += bytes;
  }
  return totals;
}

/** `code` without a trailing `//# sourceMappingURL=` comment (and the newline before it). */
export function withoutSourceMappingUrl(code: string): string {
  return code.replace(/(?:^|\n)\/\/# sourceMappingURL=[^\n]*\n?$/, '');
}
