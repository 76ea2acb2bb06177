/**
 * The rules module's public types. Everything in shared/rules is pure: no DOM, no browser API.
 */

export type Severity = 'block' | 'warn' | 'info';

export type FindingId =
  | 'default-text'
  | 'generic'
  | 'wrong-name'
  | 'name-typo'
  | 'unresolved-placeholder'
  | 'over-limit'
  | 'empty'
  | 'duplicate'
  | 'pitch'
  | 'contact-info';

/** A half-open range of UTF-16 offsets into the checked text. */
export interface Span {
  start: number;
  end: number;
}

export interface SuggestedFix {
  /** Plain words for a button, e.g. 'Replace "John" with "Jane"'. */
  label: string;
  /** Replace text[start, end) with `text`. */
  edit: Span & { text: string };
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** Plain language, shown to the user as is. */
  message: string;
  span?: Span;
  fix?: SuggestedFix;
}

/** What the page and the user's notes tell us about the recipient. All optional: pages vary. */
export interface RecipientFacts {
  fullName?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  headline?: string;
  location?: string;
  mutual?: string;
  howWeMet?: string;
  reason?: string;
}

export interface NoteContext {
  /** The dialog's limit in UTF-16 code units (200 free, 300 Premium). */
  limit: number;
  recipient?: RecipientFacts;
  /** Fingerprints (noteFingerprint) of recently sent notes, newest first. */
  recentFingerprints?: readonly string[];
  /** Extra boilerplate phrases the user added in settings. */
  customPhrases?: readonly string[];
  /** The user's own name (Settings.myName), so a signature or self-introduction is never judged as a greeting. */
  senderName?: string;
}

export interface NoteReport {
  /** Length as LinkedIn counts it: UTF-16 code units, a newline (or CRLF) counts 1. */
  length: number;
  /** User-perceived characters, for display. */
  graphemes: number;
  limit: number;
  /** How many code units over the limit (0 when within). */
  over: number;
  findings: Finding[];
}

/** Values an opener can use; see template.ts for the variable names. */
export type OpenerValues = Partial<Record<OpenerVariable, string>>;

export type OpenerVariable =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'company'
  | 'headline'
  | 'location'
  | 'mutual'
  | 'howWeMet'
  | 'reason'
  | 'myFirstName';

export interface TemplateError {
  message: string;
  /** UTF-16 offset into the opener body where the problem starts. */
  index: number;
}

/** Lengths an opener can reach, counted as LinkedIn counts them. */
export interface OpenerLengthRange {
  /** Rendered with the given contact's values (only when values were passed). */
  forContact?: number;
  /** Every variable empty. */
  shortest: number;
  /** Generous long sample values (40-character names, 60-character company, 120-character headline). */
  longest: number;
}

export type RenderResult =
  | {
      ok: true;
      text: string /** variables the body used that had no value and no fallback */;
      missing: OpenerVariable[];
    }
  | { ok: false; error: TemplateError };
