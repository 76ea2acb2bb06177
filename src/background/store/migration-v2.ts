/**
 * Migration 1 → 2: the single `contacts:index` (v1, every slug in one array) becomes 64 shards
 * `contacts:index:<hh>` (contact-index.ts), so saving a new contact no longer rewrites 10,000 slugs.
 * Pure, like every migration. A missing v1 index meant "no contacts listed" and stays so; an unreadable
 * one is quarantined raw and rebuilt from the contact keys, as reading it in v1 would have done.
 */
import { z } from 'zod/mini';
import type { QuarantineEntry } from '../../shared/schema/stored';
import { allShardItems } from './contact-index';
import { CONTACT_PREFIX, KEYS, LEGACY_CONTACT_INDEX } from './keys';

type Snapshot = Readonly<Record<string, unknown>>;

const IndexSchema = z.array(z.string());

function legacySlugs(data: Snapshot, now: number, out: Record<string, unknown>): string[] {
  const raw = data[LEGACY_CONTACT_INDEX];
  const parsed = IndexSchema.safeParse(raw ?? []);
  if (parsed.success) return parsed.data;
  const entry: QuarantineEntry = {
    v: 1,
    key: LEGACY_CONTACT_INDEX,
    raw,
    reason: 'index was unreadable; rebuilt from stored keys',
    at: now,
  };
  const quarantine = Array.isArray(data[KEYS.quarantine]) ? (data[KEYS.quarantine] as unknown[]) : [];
  out[KEYS.quarantine] = [...quarantine, entry];
  return Object.keys(data)
    .filter((key) => key.startsWith(CONTACT_PREFIX))
    .map((key) => key.slice(CONTACT_PREFIX.length));
}

export function shardContactIndex(data: Snapshot, now: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  delete out[LEGACY_CONTACT_INDEX];
  Object.assign(out, allShardItems(legacySlugs(data, now, out)));
  return out;
}
