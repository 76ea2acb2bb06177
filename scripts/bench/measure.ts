/** Small helpers shared by every benchmark section: timing, percentiles and a printed table. */

export interface BenchRow {
  name: string;
  /** Median, in the unit below. */
  median: number;
  p95?: number;
  worst?: number;
  unit: 'µs' | 'ms' | 'KB' | 'B' | '%';
  goal?: string;
  samples?: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `fn` in batches after a warm-up and returns per-call times in microseconds. */
export function timeMicros(fn: () => void, { batches = 50, perBatch = 200, warmup = 500 } = {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perBatch);
  }
  return samples;
}

export function rowFromSamples(
  name: string,
  samples: readonly number[],
  unit: BenchRow['unit'],
  goal?: string,
): BenchRow {
  return {
    name,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    worst: Math.max(...samples),
    unit,
    samples: samples.length,
    ...(goal ? { goal } : {}),
  };
}

const fmt = (n: number | undefined): string =>
  n === undefined || Number.isNaN(n) ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const header = ['measure', 'median', 'p95', 'worst', 'unit', 'n', 'goal'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median),
    fmt(r.p95),
    fmt(r.worst),
    r.unit,
    r.samples === undefined ? '' : String(r.samples),
    r.goal ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => (line[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n## ${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of body) console.log(line(cells));
}
