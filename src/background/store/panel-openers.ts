/**
 * `openers:panel`: the few openers the composer panel offers, stored apart from the full list so the
 * first dialog after a worker start parses ~50 openers (~13 KB) instead of the whole library (~260 KB
 * for 1,000). The full list stays in `openers:snapshot` and the records; the popup searches all of it.
 *
 * Chosen from the sorted list (pinned, then most used: compareOpeners) plus the most recently written or
 * used, so an opener just created in the popup is in the next dialog even in a large library.
 *
 * Kept in step like the snapshot: written in the same `set` as every opener write (writeOpeners,
 * imports), marked stale (null) by the session whenever opener keys are written without it
 * (guardOpenerWrite), stamped with the checksum of the `openers:index` it was written with and with
 * this code's format, schema and layout, and parsed with zod (every opener with OpenerSchema) when read.
 * Anything that fails is rebuilt from the full list and staged like a repair; it is derived data, so a
 * bad one is never quarantined.
 */
import { z } from 'zod/mini';
import { type Opener, OpenerSchema, SCHEMA_VERSION } from '../../shared/schema/stored';
import { checksumOf } from './hash';
import { KEYS, STORE_VERSION } from './keys';

const FORMAT = 1;
/** How many openers the panel gets at most; the panel's list shows about three at a time. */
export const PANEL_OPENER_LIMIT = 50;
/** Of those, how many places go to the most recently written or used openers. */
const RECENT_PLACES = 10;

const PanelOpenersSchema = z.object({
  format: z.number(),
  schema: z.number(),
  layout: z.number(),
  /** checksumOf(JSON of the openers:index value written together with this projection). */
  index: z.string(),
  /** How many openers the whole library held when this was written. */
  total: z.int().check(z.nonnegative()),
  openers: z.array(OpenerSchema).check(z.maxLength(PANEL_OPENER_LIMIT)),
});
export type PanelOpeners = z.infer<typeof PanelOpenersSchema>;

const lastTouched = (opener: Opener): number => Math.max(opener.updatedAt, opener.lastUsedAt ?? 0);

/** The `count` most recently touched, newest first; on equal times the earlier in `sorted` wins. */
function mostRecent(sorted: readonly Opener[], count: number): Opener[] {
  // One pass keeping a short list (not a sort of 1,000): this runs on every opener write.
  const top: Opener[] = [];
  for (const opener of sorted) {
    const time = lastTouched(opener);
    const last = top[top.length - 1];
    if (top.length === count && last !== undefined && time <= lastTouched(last)) continue;
    const at = top.findIndex((other) => time > lastTouched(other));
    top.splice(at === -1 ? top.length : at, 0, opener);
    if (top.length > count) top.pop();
  }
  return top;
}

/** The panel's openers, in the order of `sorted` (the full list, sorted by compareOpeners). */
export function selectPanelOpeners(sorted: readonly Opener[]): Opener[] {
  if (sorted.length <= PANEL_OPENER_LIMIT) return [...sorted];
  const chosen = new Set(mostRecent(sorted, RECENT_PLACES).map((opener) => opener.id));
  for (const opener of sorted) {
    if (chosen.size >= PANEL_OPENER_LIMIT) break;
    chosen.add(opener.id);
  }
  return sorted.filter((opener) => chosen.has(opener.id));
}

export function encodePanelOpeners(sorted: readonly Opener[], index: unknown): PanelOpeners {
  return {
    format: FORMAT,
    schema: SCHEMA_VERSION,
    layout: STORE_VERSION,
    index: checksumOf(JSON.stringify(index ?? [])),
    total: sorted.length,
    openers: selectPanelOpeners(sorted),
  };
}

/** The stored panel openers, or undefined when absent, stale (index changed), foreign or damaged. */
export function decodePanelOpeners(raw: unknown, rawIndex: unknown): Opener[] | undefined {
  const parsed = PanelOpenersSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const stored = parsed.data;
  if (stored.format !== FORMAT || stored.schema !== SCHEMA_VERSION || stored.layout !== STORE_VERSION) {
    return undefined;
  }
  if (stored.index !== checksumOf(JSON.stringify(rawIndex ?? []))) return undefined;
  if (stored.openers.length !== Math.min(stored.total, PANEL_OPENER_LIMIT)) return undefined;
  return stored.openers;
}

/** The item to write with a new opener list: `index` is the exact `openers:index` value written with it. */
export const panelOpenersItem = (sorted: readonly Opener[], index: unknown): Record<string, unknown> => ({
  [KEYS.panelOpeners]: encodePanelOpeners(sorted, index),
});

/** Read-cache tag of the panel's openers (depends on the same keys as the full list). */
export const PANEL_OPENERS_TAG = 'openers:panel';
/** Read-cache tag of the library's size, which depends on the same keys as the opener list. */
export const OPENER_TOTAL_TAG = 'openers:total';
