/**
 * What the content script reports about invitation outcomes. It only ever reads pages the user opened
 * (a profile, the Sent invitations page); the worker decides what each sighting means for the stored
 * invitations (src/background/outcomes/apply.ts).
 */
import { z } from 'zod/mini';
import { ContactSchema, SentInvitationSchema, SlugSchema } from './stored';

const epochMs = z.number().check(z.nonnegative());

/** The relationship a profile's own top card shows. */
export const ProfileStateSchema = z.enum(['pending', 'connected', 'connectable']);
export type ProfileState = z.infer<typeof ProfileStateSchema>;

export const ObservationSchema = z.discriminatedUnion('kind', [
  /** A profile's top card, read at `at`. */
  z.object({ kind: z.literal('profile'), slug: SlugSchema, state: ProfileStateSchema, at: epochMs }),
  /**
   * The people on the Sent invitations page. `complete` only when every row was loaded (the row count
   * reached the "People (N)" total), so absence from the list means something.
   */
  z.object({
    kind: z.literal('sentList'),
    slugs: z.array(SlugSchema).check(z.maxLength(5000)),
    complete: z.boolean(),
    /**
     * Each row's age as shown ("Sent 3 weeks ago"), in the order of `slugs`; only when every row has
     * one. With the list newest first, they say which sending times the page speaks for
     * (background/outcomes/sent-span.ts), so absence means something on one page of several.
     */
    ages: z.optional(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(5000))),
    /** The page surely starts at the newest invitation (Ember's page 1). */
    top: z.optional(z.boolean()),
    at: epochMs,
  }),
  /** The user confirmed a withdrawal (Sent page row removed, or the profile's Pending turned to Connect). */
  z.object({ kind: z.literal('withdrawn'), slug: SlugSchema, at: epochMs }),
]);
export type Observation = z.infer<typeof ObservationSchema>;

/** Someone who accepted: the invitation and the contact's saved notes (afterAcceptNote, howWeMet…). */
export const FollowUpSchema = z.object({
  invitation: SentInvitationSchema,
  contact: z.nullable(ContactSchema),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
