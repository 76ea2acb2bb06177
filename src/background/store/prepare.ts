/**
 * Runs before every store operation (and on install/update): makes sure the store is at the code's
 * schema version. The fast path reads one small key. On a fresh profile it seeds the starter openers
 * once; `meta.seeded` stays true afterwards, so deleted starters never come back. A store written by a
 * newer version is switched to read-only for this operation and left untouched.
 */
import { z } from 'zod/mini';
import { OpenerSchema } from '../../shared/schema/stored';
import { STARTER_OPENERS } from '../../shared/starter-openers';
import { KEYS, openerKey, STORE_VERSION } from './keys';
import { detectVersion, diffSnapshots, runMigrations } from './migrations';
import type { StoreSession } from './session';

const MetaSchema = z.object({
  v: z.number().check(z.int(), z.nonnegative()),
  seeded: z.boolean(),
  createdAt: z.number(),
});
type Meta = z.infer<typeof MetaSchema>;

export async function prepareStore(session: StoreSession): Promise<void> {
  const raw = (await session.get([KEYS.meta]))[KEYS.meta];
  const meta = MetaSchema.safeParse(raw);
  if (meta.success && meta.data.v === STORE_VERSION) return;
  if (meta.success && meta.data.v > STORE_VERSION) {
    session.readOnly = true;
    return;
  }
  if (raw !== undefined && !meta.success) session.quarantine(KEYS.meta, raw, 'store metadata was unreadable');
  await upgrade(session, meta.success ? meta.data : undefined);
}

async function upgrade(session: StoreSession, meta: Meta | undefined): Promise<void> {
  const all = await session.getAll();
  const now = session.now();
  const found = meta?.v ?? detectVersion(all);
  if (found === 'fresh') {
    await seedStarterOpeners(session, now);
    return;
  }
  const { set, remove } = diffSnapshots(all, runMigrations(all, found, now));
  // New data and the new version land in one `set`, so a stop mid-way leaves either old or new.
  set[KEYS.meta] = { v: STORE_VERSION, seeded: meta?.seeded ?? true, createdAt: meta?.createdAt ?? now };
  await session.set(set);
  if (remove.length > 0) await session.remove(remove);
}

async function seedStarterOpeners(session: StoreSession, now: number): Promise<void> {
  const openers = STARTER_OPENERS.map((starter) =>
    OpenerSchema.parse({ ...starter, createdAt: now, updatedAt: now }),
  );
  await session.set({
    ...Object.fromEntries(openers.map((opener) => [openerKey(opener.id), opener])),
    [KEYS.openerIndex]: openers.map((opener) => opener.id),
    [KEYS.meta]: { v: STORE_VERSION, seeded: true, createdAt: now } satisfies Meta,
  });
}
