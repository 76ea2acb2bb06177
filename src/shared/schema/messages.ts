/**
 * The worker's whole message contract: one request union discriminated on `type`, and one response
 * data schema per request type. The client parses replies with the matching schema, so drift between
 * the worker and a UI shows up as a typed error instead of `undefined`.
 */
import { z } from 'zod/mini';
import { FollowUpSchema, ObservationSchema } from './outcomes';
import { EraseResultSchema, StorageStatusSchema, SyncStatusSchema } from './status';
import {
  ContactPatchSchema,
  ContactSchema,
  InvitationDraftSchema,
  OpenerDraftSchema,
  OpenerSchema,
  SentInvitationSchema,
  SettingsPatchSchema,
  SettingsSchema,
  SlugSchema,
  UiLanguageSchema,
} from './stored';
import { ExportFileSchema, ImportModeSchema, ImportPreviewSchema } from './transfer';

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listOpeners') }),
  /** The popup's first `limit` rows (pinned, then most recently changed) and how many openers there are. */
  z.object({ type: z.literal('listOpenersPage'), limit: z.int().check(z.minimum(1), z.maximum(200)) }),
  z.object({ type: z.literal('saveOpener'), opener: OpenerDraftSchema }),
  z.object({ type: z.literal('deleteOpener'), id }),
  /** Undo of a delete: puts the exact record back. */
  z.object({ type: z.literal('restoreOpener'), opener: OpenerSchema }),
  z.object({ type: z.literal('markOpenerUsed'), id }),
  z.object({ type: z.literal('getSettings') }),
  z.object({ type: z.literal('saveSettings'), patch: SettingsPatchSchema }),
  z.object({ type: z.literal('getContact'), slug: SlugSchema }),
  z.object({ type: z.literal('saveContact'), patch: ContactPatchSchema }),
  z.object({ type: z.literal('listContacts') }),
  z.object({ type: z.literal('recordInvitation'), invitation: InvitationDraftSchema }),
  z.object({ type: z.literal('listInvitations') }),
  /**
   * Everything the composer panel needs for one dialog, in one round trip. `heldLanguage`: the UI
   * language whose messages the content script already holds (the reply then leaves them out).
   */
  z.object({
    type: z.literal('getPanelData'),
    slug: z.optional(SlugSchema),
    heldLanguage: z.optional(UiLanguageSchema),
  }),
  /** Extension pages only (not the content script), like the three below. */
  z.object({ type: z.literal('exportData') }),
  /** `json` is the file's text; size and content are checked by the worker, which names each problem. */
  z.object({ type: z.literal('previewImport'), json: z.string(), mode: ImportModeSchema }),
  /** Writes everything or nothing; answers bad-request with the problems when the file has any. */
  z.object({ type: z.literal('applyImport'), json: z.string(), mode: ImportModeSchema }),
  /** Contacts as RFC 4180 CSV, with cells that a spreadsheet would run as formulas defused. */
  z.object({ type: z.literal('exportContactsCsv') }),
  /** Outcomes (issue #7): the content script reports what a page the user opened shows. */
  z.object({ type: z.literal('recordObservation'), observation: ObservationSchema }),
  /** Extension pages only: accepted invitations with their contacts, for the follow-up list. */
  z.object({ type: z.literal('listFollowUps') }),
  /** Extension pages only: the user says they sent (or not) the first message after acceptance. */
  z.object({ type: z.literal('markMessaged'), id, messaged: z.boolean() }),
  /** Openers matching a few words, typo-tolerant, best match first; an empty query lists them all. */
  z.object({ type: z.literal('searchOpeners'), query: z.string().check(z.maxLength(200)) }),
  /** Schema version, read-only notice (data from a newer version) and quarantine count. */
  z.object({ type: z.literal('getStorageStatus') }),
  /** What browser sync holds for this device, how full it is, and any message to show. */
  z.object({ type: z.literal('getSyncStatus') }),
  /** Extension pages only. Clears local data and the sync copy; starter openers only when `reseed`. */
  z.object({ type: z.literal('eraseAllData'), reseed: z.boolean() }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * The content script's text (panel_…, rule_… messages) in the UI language chosen in settings, by
 * message name; empty for English, the content script's own. About 70 short sentences.
 */
export const UiMessagesSchema = z
  .record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(500)))
  .check(z.refine((messages) => Object.keys(messages).length <= 200, 'Too many UI messages'));
export type UiMessages = z.infer<typeof UiMessagesSchema>;

export const PanelDataSchema = z.object({
  /** At most 50 (src/background/store/panel-openers.ts); the rest are reached with searchOpeners. */
  openers: z.array(OpenerSchema),
  /** How many openers the library holds in all; the panel offers a search when it is more than `openers`. */
  openerTotal: z.optional(z.int().check(z.nonnegative())),
  settings: SettingsSchema,
  contact: z.nullable(ContactSchema),
  /** Fingerprints of recent notes, newest first, for the duplicate check. */
  recentFingerprints: z.array(z.string()),
  /** Personalised invitations recorded this calendar month. */
  personalisedThisMonth: z.number(),
  /** Present when the store is read-only (written by a newer version): a sentence to show as is. */
  readOnlyNotice: z.optional(z.string()),
  /** Present when the UI language is chosen and the content script did not hold its messages. */
  uiMessages: z.optional(UiMessagesSchema),
});
export type PanelData = z.infer<typeof PanelDataSchema>;

export const ResponseDataSchemas = {
  listOpeners: z.array(OpenerSchema),
  listOpenersPage: z.object({ openers: z.array(OpenerSchema), total: z.int().check(z.nonnegative()) }),
  saveOpener: OpenerSchema,
  deleteOpener: OpenerSchema,
  restoreOpener: OpenerSchema,
  markOpenerUsed: z.nullable(OpenerSchema),
  getSettings: SettingsSchema,
  saveSettings: SettingsSchema,
  getContact: z.nullable(ContactSchema),
  saveContact: ContactSchema,
  listContacts: z.array(ContactSchema),
  recordInvitation: SentInvitationSchema,
  listInvitations: z.array(SentInvitationSchema),
  getPanelData: PanelDataSchema,
  exportData: ExportFileSchema,
  previewImport: ImportPreviewSchema,
  applyImport: ImportPreviewSchema,
  exportContactsCsv: z.string(),
  /** How many stored invitations the sighting changed. */
  recordObservation: z.object({ changed: z.number() }),
  listFollowUps: z.array(FollowUpSchema),
  /** null when the invitation is no longer saved (erased or replaced by an import meanwhile). */
  markMessaged: z.nullable(SentInvitationSchema),
  searchOpeners: z.array(OpenerSchema),
  getStorageStatus: StorageStatusSchema,
  getSyncStatus: SyncStatusSchema,
  eraseAllData: EraseResultSchema,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseData<T extends RequestType> = z.infer<(typeof ResponseDataSchemas)[T]>;

export const ErrorCodeSchema = z.enum([
  'bad-request',
  'forbidden-sender',
  'not-found',
  'quota-exceeded',
  'storage-failed',
  'read-only',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type WorkerError = z.infer<typeof ErrorSchema>;

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorSchema }),
]);
export type Envelope<D> = { ok: true; data: D } | { ok: false; error: WorkerError };
