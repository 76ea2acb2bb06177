/**
 * Stored records: the single definition of what the worker keeps, with types inferred from the schemas.
 * Written with zod/mini so the content script, which parses worker replies, stays small.
 * Every record carries `v` (its schema version) so a migration can tell old data from new.
 */
import { z } from 'zod/mini';

export const SCHEMA_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));
const epochMs = z.number().check(z.nonnegative());

export const OpenerSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: text(120),
  body: text(2000),
  tags: z._default(z.array(text(40)), []),
  language: z._default(text(16), 'en'),
  pinned: z._default(z.boolean(), false),
  createdAt: epochMs,
  updatedAt: epochMs,
  useCount: z._default(z.number().check(z.nonnegative()), 0),
  lastUsedAt: z.optional(epochMs),
});
export type Opener = z.infer<typeof OpenerSchema>;

/** What the UI sends to create or update an opener; the worker fills ids and times. */
export const OpenerDraftSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  title: text(120),
  body: text(2000),
  tags: z.optional(z.array(text(40))),
  language: z.optional(text(16)),
  pinned: z.optional(z.boolean()),
});
export type OpenerDraft = z.infer<typeof OpenerDraftSchema>;

/** A LinkedIn profile slug ("vanity name"), lower-cased, as it appears in /in/<slug>/. */
export const SlugSchema = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\s/?#]+$/));

export const ContactSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  slug: SlugSchema,
  memberId: z.optional(text(40)),
  name: z._default(text(200), ''),
  howWeMet: z._default(text(500), ''),
  where: z._default(text(200), ''),
  when: z._default(text(100), ''),
  why: z._default(text(500), ''),
  notes: z._default(text(5000), ''),
  tags: z._default(z.array(text(40)), []),
  afterAcceptNote: z._default(text(2000), ''),
  updatedAt: epochMs,
});
export type Contact = z.infer<typeof ContactSchema>;

export const ContactPatchSchema = z.object({
  slug: SlugSchema,
  memberId: z.optional(text(40)),
  name: z.optional(text(200)),
  howWeMet: z.optional(text(500)),
  where: z.optional(text(200)),
  when: z.optional(text(100)),
  why: z.optional(text(500)),
  notes: z.optional(text(5000)),
  tags: z.optional(z.array(text(40))),
  afterAcceptNote: z.optional(text(2000)),
});
export type ContactPatch = z.infer<typeof ContactPatchSchema>;

export const GuardSettingsSchema = z.object({
  defaultText: z._default(z.boolean(), true),
  overLimit: z._default(z.boolean(), true),
  placeholder: z._default(z.boolean(), true),
  wrongName: z._default(z.boolean(), true),
  /** Hold "Send without a note" on the gating step. */
  noNote: z._default(z.boolean(), true),
});

export const LimitOverrideSchema = z.enum(['auto', '200', '300']);
export const UiLanguageSchema = z.enum(['auto', 'en', 'fr', 'de', 'es']);

export const SettingsSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  guards: z._default(GuardSettingsSchema, {
    defaultText: true,
    overLimit: true,
    placeholder: true,
    wrongName: true,
    noNote: true,
  }),
  myName: z._default(text(100), ''),
  limitOverride: z._default(LimitOverrideSchema, 'auto'),
  customPhrases: z._default(z.array(text(300)), []),
  syncOpeners: z._default(z.boolean(), true),
  syncContacts: z._default(z.boolean(), false),
  uiLanguage: z._default(UiLanguageSchema, 'auto'),
  /** Personalised invitations a month the user expects LinkedIn to allow (free plans: about 5). */
  monthlyAllowance: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 5),
  /** Hold Connect controls that send at once with no note (My Network) and offer to add one first. */
  interceptPymk: z._default(z.boolean(), true),
  /** Stamped on every save; browser sync keeps the newer of two devices' settings. */
  updatedAt: z.optional(epochMs),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Guards in a patch are merged one by one, so toggling one guard never resets the others. */
export const GuardSettingsPatchSchema = z.object({
  defaultText: z.optional(z.boolean()),
  overLimit: z.optional(z.boolean()),
  placeholder: z.optional(z.boolean()),
  wrongName: z.optional(z.boolean()),
  noNote: z.optional(z.boolean()),
});

export const SettingsPatchSchema = z.partial(
  z.extend(z.omit(SettingsSchema, { v: true, updatedAt: true }), { guards: GuardSettingsPatchSchema }),
);
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const InvitationStatusSchema = z.enum(['pending', 'accepted', 'withdrawn', 'unknown']);

/** One invitation the user sent from a dialog the extension saw. Never holds the note's text. */
export const SentInvitationSchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  slug: z.optional(SlugSchema),
  name: z._default(text(200), ''),
  openerId: z.optional(text(64)),
  personalised: z.boolean(),
  noteLength: z.number().check(z.nonnegative()),
  /** simhash of the normalised note (see shared/rules), for the duplicate check without keeping text. */
  fingerprint: z.optional(text(32)),
  limit: z.optional(z.number()),
  surface: z._default(text(40), 'unknown'),
  sentAt: epochMs,
  status: z._default(InvitationStatusSchema, 'pending'),
  /** When the current status was first seen on a page the user opened (for accepted: an upper bound). */
  statusSeenAt: z.optional(epochMs),
  /** Last time LinkedIn still showed it as pending (profile or Sent page); see background/outcomes. */
  pendingSeenAt: z.optional(epochMs),
  /** First time a complete Sent list no longer held it; accepted only once the profile shows 1st. */
  leftSentListAt: z.optional(epochMs),
  /** The user marked the first message after acceptance as sent (the extension never sends it). */
  messagedAt: z.optional(epochMs),
});
export type SentInvitation = z.infer<typeof SentInvitationSchema>;

export const InvitationDraftSchema = z.omit(SentInvitationSchema, {
  v: true,
  id: true,
  status: true,
  statusSeenAt: true,
  pendingSeenAt: true,
  leftSentListAt: true,
  messagedAt: true,
});
export type InvitationDraft = z.infer<typeof InvitationDraftSchema>;

/** A stored value that failed its schema, kept raw with the reason instead of being dropped. */
export const QuarantineEntrySchema = z.object({
  v: z._default(z.number(), SCHEMA_VERSION),
  /** The storage key (or key#index for an item of a list) the value was found under. */
  key: z.string().check(z.maxLength(300)),
  raw: z.unknown(),
  reason: z.string().check(z.maxLength(2000)),
  at: epochMs,
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
