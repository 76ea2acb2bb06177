/**
 * The contact slug index, split into 64 shards by a hash of the slug (keys.ts). Saving a new contact
 * reads and rewrites one shard of ~1/64 of the slugs instead of all 10,000; listing reads all shards in
 * one `get`. Each shard is parsed on its own, so a broken shard is rebuilt from the stored contact keys
 * that hash to it while the other shards stay as they are.
 */
import { CONTACT_PREFIX, CONTACT_SHARDS, contactShardKey, contactShardOf, normaliseSlug } from './keys';
import { indexFromRaw, readIndex } from './records';
import type { StoreSession } from './session';

const inShard =
  (shard: string) =>
  (slug: string): boolean =>
    contactShardOf(slug) === shard;

/** The slugs of one shard (cached until the shard is written). */
export function readContactShard(session: StoreSession, shard: string): Promise<string[]> {
  return readIndex(session, contactShardKey(shard), CONTACT_PREFIX, inShard(shard));
}

/** Every listed slug. */
export async function readAllContactSlugs(session: StoreSession): Promise<string[]> {
  const keys = CONTACT_SHARDS.map(contactShardKey);
  const stored = await session.get(keys);
  const shards = await Promise.all(
    CONTACT_SHARDS.map((shard, i) => {
      const key = keys[i] ?? contactShardKey(shard);
      return indexFromRaw(session, key, stored[key], CONTACT_PREFIX, inShard(shard));
    }),
  );
  return shards.flat();
}

/** Slugs grouped by shard, in the order given. */
export function groupByShard(slugs: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const slug of slugs) {
    const shard = contactShardOf(slug);
    const group = groups.get(shard);
    if (group) group.push(slug);
    else groups.set(shard, [slug]);
  }
  return groups;
}

/**
 * Every shard key with its slugs (empty shards as []), for writers that replace the whole index: an
 * import or the v1 → v2 migration. Writing empty shards too keeps every index change inside one `set`.
 */
export function allShardItems(slugs: readonly string[]): Record<string, string[]> {
  const groups = groupByShard([...new Set(slugs.map(normaliseSlug))]);
  return Object.fromEntries(CONTACT_SHARDS.map((shard) => [contactShardKey(shard), groups.get(shard) ?? []]));
}
