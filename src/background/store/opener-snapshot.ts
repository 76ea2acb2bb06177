/**
 * `openers:snapshot`: the sorted opener list exactly as the worker last wrote it, so the first panel
 * after a worker start reads one key instead of parsing 1,000 opener records with zod.
 *
 * Why it may be trusted without parsing every opener again: only this worker writes it, always from
 * openers it had just validated (read through readRecord or built with OpenerSchema.parse), in the same
 * `set` as the opener records and the index it describes (writeOpeners). Anything that could make it
 * wrong is checked before use, and any doubt falls back to the full per-key read with repair:
 *   - a corrupted or truncated value: the envelope is parsed with zod and the list text must match its
 *     stored length + FNV-1a checksum, and parse as JSON to exactly `count` items;
 *   - an older or newer format, record schema or store layout: the stamps must equal this code's;
 *   - a stale snapshot: it records the checksum of the `openers:index` value written with it, and any
 *     write of opener keys that does not bring a new snapshot marks it stale in the same `set`
 *     (`guardOpenerWrite`, applied by the session to every write, repairs included).
 * The snapshot is derived data, never the only copy of anything, so a bad one is simply rebuilt.
 */
import { z } from 'zod/mini';
import { type Opener, SCHEMA_VERSION } from '../../shared/schema/stored';
import { checksumOf } from './hash';
import { isOpenerDataKey, KEYS, STORE_VERSION } from './keys';

const FORMAT = 1;

const SnapshotSchema = z.object({
  format: z.number(),
  schema: z.number(),
  layout: z.number(),
  /** checksumOf(JSON of the openers:index value written together with this snapshot). */
  index: z.string(),
  count: z.int().check(z.nonnegative()),
  checksum: z.string(),
  /** JSON of the sorted Opener[]: kept as text so the checksum covers exactly the stored characters. */
  text: z.string(),
});
export type OpenerSnapshot = z.infer<typeof SnapshotSchema>;

export function encodeSnapshot(sorted: readonly Opener[], index: readonly string[]): OpenerSnapshot {
  const text = JSON.stringify(sorted);
  return {
    format: FORMAT,
    schema: SCHEMA_VERSION,
    layout: STORE_VERSION,
    index: checksumOf(JSON.stringify(index)),
    count: sorted.length,
    checksum: checksumOf(text),
    text,
  };
}

/** The trusted opener list, or undefined when the snapshot is absent, stale, foreign or damaged. */
export function decodeSnapshot(raw: unknown, rawIndex: unknown): Opener[] | undefined {
  const parsed = SnapshotSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const snapshot = parsed.data;
  if (snapshot.format !== FORMAT || snapshot.schema !== SCHEMA_VERSION || snapshot.layout !== STORE_VERSION) {
    return undefined;
  }
  if (snapshot.index !== checksumOf(JSON.stringify(rawIndex ?? []))) return undefined;
  if (snapshot.checksum !== checksumOf(snapshot.text)) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(snapshot.text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list) || list.length !== snapshot.count) return undefined;
  // Trusted: byte-for-byte what this worker serialised from validated openers (see the header).
  return list as Opener[];
}

/** Values derived from the opener list: the snapshot and the panel's openers (panel-openers.ts). */
const DERIVED_KEYS = [KEYS.openerSnapshot, KEYS.panelOpeners] as const;

/**
 * A write (or a repair's writes and removals) that touches opener keys without carrying a new snapshot
 * or new panel openers marks the stored one stale (null) in the same `set`, so no writer can leave a
 * stale one behind.
 */
export function guardOpenerWrite(
  items: Record<string, unknown>,
  removals: readonly string[] = [],
): Record<string, unknown> {
  const touches = Object.keys(items).some(isOpenerDataKey) || removals.some(isOpenerDataKey);
  const missing = DERIVED_KEYS.filter((key) => !(key in items));
  if (!touches || missing.length === 0) return items;
  return { ...items, ...Object.fromEntries(missing.map((key) => [key, null])) };
}
