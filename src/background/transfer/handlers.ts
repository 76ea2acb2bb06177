/** Export and import handlers: export reads everything; import validates, plans, then writes once. */

import { SCHEMA_VERSION } from '../../shared/schema/stored';
import type { ImportMode, ImportPreview } from '../../shared/schema/transfer';
import { EXPORT_FORMAT, type ExportFile } from '../../shared/schema/transfer';
import { WorkerFailure } from '../failure';
import { listContacts } from '../store/contacts';
import { KEYS, normaliseSlug } from '../store/keys';
import type { StoreSession } from '../store/session';
import { mergeTombstones, tombstonesWith } from '../store/tombstones';
import { readStoreContents, type StoreContents, writeStoreContents } from './contents';
import { contactsToCsv } from './csv';
import { planImport } from './plan-import';
import { validateImport } from './validate-import';

export async function exportData(session: StoreSession): Promise<ExportFile> {
  const contents = await readStoreContents(session);
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: session.now(), ...contents };
}

export async function exportContactsCsv(session: StoreSession): Promise<string> {
  return contactsToCsv(await listContacts(session));
}

const zero = { added: 0, changed: 0, skipped: 0, removed: 0 };

export async function previewImport(
  session: StoreSession,
  json: string,
  mode: ImportMode,
): Promise<ImportPreview> {
  const validated = validateImport(json);
  if (!validated.ok) {
    const counts = { openers: zero, contacts: zero, invitations: zero, settings: zero };
    return { mode, counts, errors: validated.errors };
  }
  const { counts } = planImport(await readStoreContents(session), validated.file, mode);
  return { mode, counts, errors: [] };
}

export async function applyImport(
  session: StoreSession,
  json: string,
  mode: ImportMode,
): Promise<ImportPreview> {
  const validated = validateImport(json);
  if (!validated.ok) {
    const shown = validated.errors.slice(0, 3).join(' ');
    const more = validated.errors.length > 3 ? ` (${validated.errors.length - 3} more problems)` : '';
    throw new WorkerFailure('bad-request', `Nothing was imported. ${shown}${more}`);
  }
  const before = await readStoreContents(session);
  const { next, counts } = planImport(before, validated.file, mode);
  await writeStoreContents(session, before, next, await tombstonesForRemoved(session, before, next));
  return { mode, counts, errors: [] };
}

const missingFrom = (before: readonly string[], after: readonly string[]): string[] => {
  const kept = new Set(after);
  return before.filter((id) => !kept.has(id));
};

/**
 * A replace removes the records the file lacks. Their tombstones are written with the import, as a
 * delete would, or browser sync would bring them straight back from the other devices.
 */
async function tombstonesForRemoved(
  session: StoreSession,
  before: StoreContents,
  next: StoreContents,
): Promise<Record<string, unknown>> {
  const slugs = (contents: StoreContents) => contents.contacts.map((contact) => normaliseSlug(contact.slug));
  const openers = missingFrom(
    before.openers.map((opener) => opener.id),
    next.openers.map((opener) => opener.id),
  );
  const contacts = missingFrom(slugs(before), slugs(next));
  if (openers.length === 0 && contacts.length === 0) return {};
  const now = session.now();
  const stones = await tombstonesWith(session, 'openers', openers);
  const removedContacts = contacts.map((id) => ({ id, deletedAt: now }));
  return {
    [KEYS.tombstones]: { ...stones, contacts: mergeTombstones([stones.contacts, removedContacts], now) },
  };
}
