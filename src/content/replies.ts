/**
 * The worker replies the content script reads, validated by the smallest schemas that cover what it
 * uses (the full contract's schemas would add most of zod to every LinkedIn page). Objects are loose:
 * fields the content script never reads pass through unchecked and unused.
 */
import { z } from 'zod/mini';

const GuardsSchema = z.object({
  defaultText: z.boolean(),
  overLimit: z.boolean(),
  placeholder: z.boolean(),
  wrongName: z.boolean(),
  noNote: z.boolean(),
});

export const ContentSettingsSchema = z.object({
  guards: GuardsSchema,
  myName: z.string(),
  limitOverride: z.enum(['auto', '200', '300']),
  customPhrases: z.array(z.string()),
  /** Absent on workers older than the setting: treated as on. */
  interceptPymk: z.optional(z.boolean()),
  /** Absent on workers older than the setting: the browser's language. */
  uiLanguage: z.optional(z.enum(['auto', 'en', 'fr', 'de', 'es'])),
});
export type ContentSettings = z.infer<typeof ContentSettingsSchema>;

export const ContentOpenerSchema = z.object({ id: z.string(), title: z.string(), body: z.string() });
export type ContentOpener = z.infer<typeof ContentOpenerSchema>;
/** searchOpeners: the matching openers of the whole library, best first. */
export const ContentOpenerListSchema = z.array(ContentOpenerSchema);

export const ContentContactSchema = z.object({
  slug: z.string(),
  name: z.string(),
  howWeMet: z.string(),
  where: z.string(),
  when: z.string(),
  why: z.string(),
  afterAcceptNote: z.string(),
});
export type ContentContact = z.infer<typeof ContentContactSchema>;

/**
 * The worker's record of UI messages (name → text), checked as an object with no named fields whose
 * every field is a string: z.record would add 2.7 KB to every LinkedIn page, z.catchall 170 B more
 * than building the same object schema directly. Its size is bounded by the worker's schema and by
 * src/content/i18n.ts.
 */
const UiMessagesSchema = new z.ZodMiniObject({
  type: 'object',
  shape: {},
  catchall: z.string(),
}) as z.ZodMiniObject<Record<never, never>, z.core.$catchall<z.ZodMiniString>>;

export const ContentPanelDataSchema = z.object({
  openers: ContentOpenerListSchema,
  /** How many openers the library holds; more than `openers` means the panel shows a search field. */
  openerTotal: z.optional(z.number()),
  settings: ContentSettingsSchema,
  contact: z.nullable(ContentContactSchema),
  recentFingerprints: z.array(z.string()),
  personalisedThisMonth: z.number(),
  /** The chosen UI language's panel_… and rule_… messages, once per page (src/content/i18n.ts). */
  uiMessages: z.optional(UiMessagesSchema),
});
export type ContentPanelData = z.infer<typeof ContentPanelDataSchema>;

/** Replies whose content the script ignores: only the envelope is checked. */
export const IgnoredReplySchema = z.unknown();
