/**
 * Pure: what an import would change. Merge keeps the newer of two versions of a record (by updatedAt);
 * replace makes the store equal to the file. The counts are what the preview shows.
 */
import type { ImportCounts, ImportMode } from '../../shared/schema/transfer';
import type { StoreContents } from './contents';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const emptyCounts = (): ImportCounts => ({ added: 0, changed: 0, skipped: 0, removed: 0 });

function combine<T>(
  current: readonly T[],
  incoming: readonly T[],
  keyOf: (record: T) => string,
  mode: ImportMode,
  incomingWins: (incoming: T, stored: T) => boolean,
): { records: T[]; counts: ImportCounts } {
  const counts = emptyCounts();
  const stored = new Map(current.map((record) => [keyOf(record), record]));
  const result = new Map(mode === 'merge' ? stored : []);
  for (const record of incoming) {
    const existing = stored.get(keyOf(record));
    if (existing === undefined) counts.added += 1;
    else if (same(existing, record)) counts.skipped += 1;
    else if (mode === 'replace' || incomingWins(record, existing)) counts.changed += 1;
    else {
      counts.skipped += 1;
      continue;
    }
    result.set(keyOf(record), record);
  }
  if (mode === 'replace') {
    const kept = new Set(incoming.map(keyOf));
    counts.removed = current.filter((record) => !kept.has(keyOf(record))).length;
  }
  return { records: [...result.values()], counts };
}

export function planImport(current: StoreContents, file: StoreContents, mode: ImportMode) {
  const openers = combine(
    current.openers,
    file.openers,
    (o) => o.id,
    mode,
    (a, b) => a.updatedAt > b.updatedAt,
  );
  const contacts = combine(
    current.contacts,
    file.contacts,
    (c) => c.slug,
    mode,
    (a, b) => a.updatedAt > b.updatedAt,
  );
  // An invitation's facts do not change; only its status does, which the later sighting knows.
  const invitations = combine(
    current.invitations,
    file.invitations,
    (i) => i.id,
    mode,
    (a, b) => (a.statusSeenAt ?? 0) > (b.statusSeenAt ?? 0),
  );
  // Settings are one record: the file's choices apply in both modes.
  const settingsCounts = emptyCounts();
  if (same(current.settings, file.settings)) settingsCounts.skipped = 1;
  else settingsCounts.changed = 1;
  const next: StoreContents = {
    openers: openers.records,
    contacts: contacts.records,
    settings: file.settings,
    invitations: invitations.records,
    quarantine: mode === 'merge' ? [...current.quarantine, ...file.quarantine] : file.quarantine,
  };
  const counts = {
    openers: openers.counts,
    contacts: contacts.counts,
    invitations: invitations.counts,
    settings: settingsCounts,
  };
  return { next, counts };
}
