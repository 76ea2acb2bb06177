/**
 * What is synced, and how each part is read from and written back to this device's store: settings (one
 * record, newest wins; the two sync switches stay per device), openers, and contacts when the user
 * turned their sync on. Listed in priority order: when sync storage is short, the earlier parts go first.
 */
import { z } from 'zod/mini';
import { type Tombstone, TombstoneSchema, type Tombstones } from '../../shared/schema/status';
import {
  type Contact,
  ContactSchema,
  type Opener,
  OpenerSchema,
  type Settings,
  SettingsSchema,
} from '../../shared/schema/stored';
import { applySyncedContacts, listContacts } from '../store/contacts';
import { applySyncedOpeners, listOpeners } from '../store/openers';
import type { StoreSession } from '../store/session';
import type { TombstoneKind } from '../store/tombstones';
import type { Mirror, RecordKind } from './merge';

export interface Collection<T> extends RecordKind<T> {
  name: TombstoneKind;
  /** What the user loses from sync when this part does not fit, for the over-quota message. */
  label: string;
  readLocal(session: StoreSession): Promise<T[]>;
  applyLocal(session: StoreSession, upserts: readonly T[], deletions: readonly string[]): Promise<void>;
  parseRemote(text: string): Mirror<T> | undefined;
}

function mirrorParser<T>(record: z.ZodMiniType<T>): (text: string) => Mirror<T> | undefined {
  const schema = z.object({
    records: z.array(z.unknown()),
    tombstones: z.array(TombstoneSchema),
  });
  return (text) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return undefined;
    // One bad record from another device is skipped, not allowed to block the rest.
    const records = parsed.data.records.flatMap((raw) => {
      const one = record.safeParse(raw);
      return one.success ? [one.data] : [];
    });
    return { records, tombstones: parsed.data.tombstones };
  };
}

export const openersCollection: Collection<Opener> = {
  name: 'openers',
  label: 'openers',
  idOf: (opener) => opener.id,
  stampOf: (opener) => opener.updatedAt,
  readLocal: listOpeners,
  applyLocal: applySyncedOpeners,
  parseRemote: mirrorParser(OpenerSchema),
};

export const contactsCollection: Collection<Contact> = {
  name: 'contacts',
  label: 'contact notes',
  idOf: (contact) => contact.slug,
  stampOf: (contact) => contact.updatedAt,
  readLocal: listContacts,
  applyLocal: applySyncedContacts,
  parseRemote: mirrorParser(ContactSchema),
};

export const tombstonesOf = (all: Tombstones, kind: TombstoneKind): Tombstone[] => all[kind];

/** Settings as synced: everything except the per-device sync switches. */
export type SyncedSettings = Omit<Settings, 'syncOpeners' | 'syncContacts'>;

export function syncedSettings(settings: Settings): SyncedSettings {
  const { syncOpeners: _openers, syncContacts: _contacts, ...rest } = settings;
  return rest;
}

export function parseRemoteSettings(raw: unknown): SyncedSettings | undefined {
  const parsed = SettingsSchema.safeParse(raw);
  return parsed.success ? syncedSettings(parsed.data) : undefined;
}

/** The newer of the two; the local sync switches always stay. */
export function mergeSettings(local: Settings, remote: SyncedSettings | undefined): Settings {
  if (!remote || (remote.updatedAt ?? 0) <= (local.updatedAt ?? 0)) return local;
  return { ...remote, syncOpeners: local.syncOpeners, syncContacts: local.syncContacts };
}
