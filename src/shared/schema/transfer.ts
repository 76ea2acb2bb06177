/**
 * Import and export: the file format (also published as docs/export.schema.json) and the preview the
 * worker answers before anything is written.
 */
import { z } from 'zod/mini';
import {
  ContactSchema,
  OpenerSchema,
  QuarantineEntrySchema,
  SentInvitationSchema,
  SettingsSchema,
} from './stored';

export const EXPORT_FORMAT = 'personal-touch';
/** Larger files are refused before parsing: no real export comes near it, and parsing would stall the worker. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().check(z.int(), z.nonnegative()),
  exportedAt: z.number().check(z.nonnegative()),
  openers: z.array(OpenerSchema),
  contacts: z.array(ContactSchema),
  settings: SettingsSchema,
  invitations: z.array(SentInvitationSchema),
  quarantine: z._default(z.array(QuarantineEntrySchema), []),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export const ImportModeSchema = z.enum(['merge', 'replace']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

const CountsSchema = z.object({
  added: z.number(),
  changed: z.number(),
  /** Identical records, and in merge mode records older than what is stored. */
  skipped: z.number(),
  /** Only in replace mode: stored records the file does not have. */
  removed: z.number(),
});
export type ImportCounts = z.infer<typeof CountsSchema>;

export const ImportPreviewSchema = z.object({
  mode: ImportModeSchema,
  counts: z.object({
    openers: CountsSchema,
    contacts: CountsSchema,
    invitations: CountsSchema,
    settings: CountsSchema,
  }),
  /** Plain-language problems, each naming the field; when non-empty, applyImport writes nothing. */
  errors: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
