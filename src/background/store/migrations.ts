/**
 * Numbered migrations: pure functions from one whole-store snapshot to the next, so each can be tested
 * from real old data to new without a browser. `runMigrations` applies those above the stored version.
 *
 * v0 (builds before 0.1) kept everything in two keys:
 *   templates: [{ name: string, text: string }]
 *   prefs:     { guardEnabled?: boolean, signature?: string }
 * v1 is the layout of keys.ts with one `contacts:index`; v2 shards that index (migration-v2.ts); v3
 * adds `openers:panel` (panel-openers.ts).
 * `meta.v` counts these layouts (STORE_VERSION); records keep their own SCHEMA_VERSION.
 */
import { z } from 'zod/mini';
import { OpenerSchema, type QuarantineEntry, SettingsSchema } from '../../shared/schema/stored';
import { isContactShardKey, KEYS, openerKey, STORE_VERSION } from './keys';
import { shardContactIndex } from './migration-v2';

export type Snapshot = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The version this migration produces; it runs on data at version `to - 1`. */
  to: number;
  describe: string;
  run(data: Snapshot, now: number): Record<string, unknown>;
}

const V0PrefsSchema = z.object({
  guardEnabled: z.optional(z.boolean()),
  signature: z.optional(z.string()),
});

function quarantineList(data: Snapshot): unknown[] {
  const existing = data[KEYS.quarantine];
  return Array.isArray(existing) ? [...existing] : [];
}

function migrateV0Templates(data: Snapshot, now: number, out: Record<string, unknown>): void {
  const templates = Array.isArray(data.templates) ? data.templates : [];
  const quarantine = quarantineList(out);
  const ids: string[] = [];
  templates.forEach((template: unknown, index) => {
    const source = typeof template === 'object' && template !== null ? template : {};
    const name = 'name' in source && typeof source.name === 'string' ? source.name.trim() : '';
    const text = 'text' in source ? source.text : undefined;
    const opener = OpenerSchema.safeParse({
      id: `v0-template-${index + 1}`,
      title: name || `Opener ${index + 1}`,
      body: text,
      createdAt: now,
      updatedAt: now,
    });
    if (opener.success) {
      ids.push(opener.data.id);
      out[openerKey(opener.data.id)] = opener.data;
    } else {
      const entry: QuarantineEntry = {
        v: 1,
        key: `templates#${index}`,
        raw: template,
        reason: 'v0 template did not fit an opener',
        at: now,
      };
      quarantine.push(entry);
    }
  });
  out[KEYS.openerIndex] = ids;
  if (quarantine.length > 0) out[KEYS.quarantine] = quarantine;
}

function migrateV0Prefs(data: Snapshot, out: Record<string, unknown>): void {
  const prefs = V0PrefsSchema.safeParse(data.prefs ?? {});
  const { guardEnabled = true, signature = '' } = prefs.success ? prefs.data : {};
  const guard = guardEnabled;
  out[KEYS.settings] = SettingsSchema.parse({
    myName: signature.trim().slice(0, 100),
    guards: { defaultText: guard, overLimit: guard, placeholder: guard, wrongName: guard, noNote: guard },
  });
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    describe: 'v0 templates and prefs become v1 openers and settings',
    run(data, now) {
      const out: Record<string, unknown> = { ...data };
      delete out.templates;
      delete out.prefs;
      migrateV0Templates(data, now, out);
      migrateV0Prefs(data, out);
      return out;
    },
  },
  {
    to: 2,
    describe: 'the contact index is split into 64 shards',
    run: shardContactIndex,
  },
  {
    to: 3,
    describe: 'the panel reads its openers from openers:panel; the layout-2 opener snapshot goes',
    // Both are derived from the records and rebuilt (parsed, with repair) by the first read after the
    // update, so the migration only drops what layout 3 would not trust anyway (its stamps say 2).
    // Nothing else changes, so running it on a store already at 3 (meta lost) is harmless.
    run(data) {
      const out: Record<string, unknown> = { ...data };
      delete out[KEYS.openerSnapshot];
      delete out[KEYS.panelOpeners];
      return out;
    },
  },
];

/** Which version an un-labelled store is at: 'fresh' when nothing was ever stored. */
export function detectVersion(data: Snapshot): number | 'fresh' {
  const keys = Object.keys(data);
  if (keys.length === 0) return 'fresh';
  if (keys.includes('templates') || keys.includes('prefs')) return 0;
  // Shards mean layout 2 or later even beside a leftover v1 index (a stop between the migration's set and
  // remove); migration 3 is safe to run again on a layout-3 store that lost its meta.
  return keys.some(isContactShardKey) ? 2 : 1;
}

export function runMigrations(data: Snapshot, fromVersion: number, now: number): Record<string, unknown> {
  let current: Record<string, unknown> = { ...data };
  for (const migration of MIGRATIONS) {
    if (migration.to > fromVersion && migration.to <= STORE_VERSION) current = migration.run(current, now);
  }
  return current;
}

/** The writes that turn `before` into `after`. */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove = Object.keys(before).filter((key) => !(key in after));
  return { set, remove };
}
