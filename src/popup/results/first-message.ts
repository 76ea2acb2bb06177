/**
 * The draft of the first message after an acceptance. It starts from the note the user saved for after
 * acceptance (written when the monthly allowance of notes had run out), else a short greeting; the user
 * can start from any opener of their library instead, filled in with what is known of the person. The
 * extension never sends it: the user copies it.
 */
import { type OpenerValues, type OpenerVariable, renderOpener } from '../../shared/rules';
import type { FollowUp } from '../../shared/schema/outcomes';
import type { Opener } from '../../shared/schema/stored';
import { resultStrings as s } from './strings';

/** Draft sources. Openers are keyed `opener:<id>`, so no opener id (imported ones included) can clash. */
export const SAVED_NOTE = 'saved';
export const GREETING = 'greeting';
export const openerSource = (id: string): string => `opener:${id}`;

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

const nameOf = ({ invitation, contact }: FollowUp): string => (contact?.name || invitation.name).trim();

export function greetingDraft(followUp: FollowUp): string {
  const name = firstName(nameOf(followUp));
  return name ? s.followUps.greeting(name) : s.followUps.greeting('').replace(' ,', ',');
}

export function firstMessageDraft(followUp: FollowUp): string {
  return followUp.contact?.afterAcceptNote.trim() || greetingDraft(followUp);
}

/** Where the draft starts: the saved note when there is one, else the greeting. */
export const defaultSource = (followUp: FollowUp): string =>
  followUp.contact?.afterAcceptNote.trim() ? SAVED_NOTE : GREETING;

/** The sources to offer, in order: the saved note (if any), the greeting, then pinned openers first. */
export function draftSources(followUp: FollowUp, openers: readonly Opener[]): Map<string, string> {
  const sources = new Map<string, string>();
  if (followUp.contact?.afterAcceptNote.trim()) sources.set(SAVED_NOTE, s.followUps.savedNote);
  sources.set(GREETING, s.followUps.greetingChoice);
  const pinnedFirst = [...openers].sort((a, b) => Number(b.pinned) - Number(a.pinned));
  for (const opener of pinnedFirst)
    sources.set(openerSource(opener.id), opener.title || s.followUps.untitled);
  return sources;
}

/** What an opener can say about the person: their name and what the user noted (never a sample). */
export function followUpValues(followUp: FollowUp, myFirstName: string): OpenerValues {
  const { contact } = followUp;
  const fullName = nameOf(followUp);
  const [first, ...rest] = fullName.split(/\s+/).filter(Boolean);
  const howWeMet = [contact?.howWeMet, contact?.where, contact?.when]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
  const values: Record<OpenerVariable, string | undefined> = {
    firstName: first,
    lastName: rest.join(' '),
    fullName,
    company: undefined, // not kept for a contact: the opener's fallback or an empty value applies
    headline: undefined,
    location: undefined,
    mutual: undefined,
    howWeMet,
    reason: contact?.why.trim(),
    myFirstName: firstName(myFirstName),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as OpenerValues;
}

export interface Draft {
  text: string;
  /** Variables the opener uses that nothing is known for (left empty, or their fallback used). */
  missing: readonly OpenerVariable[];
}

/** The draft from `source`; an opener whose template cannot be read is given as written. */
export function draftFrom(
  source: string,
  followUp: FollowUp,
  openers: readonly Opener[],
  myFirstName: string,
): Draft {
  if (source === SAVED_NOTE) return { text: firstMessageDraft(followUp), missing: [] };
  const opener = openers.find((candidate) => openerSource(candidate.id) === source);
  if (!opener) return { text: greetingDraft(followUp), missing: [] };
  const rendered = renderOpener(opener.body, followUpValues(followUp, myFirstName));
  return rendered.ok
    ? { text: rendered.text, missing: rendered.missing }
    : { text: opener.body, missing: [] };
}

/** What the user noted about the person, shown beside the draft to write from. */
export function contextLines(followUp: FollowUp): string[] {
  const contact = followUp.contact;
  if (!contact) return [];
  return [contact.howWeMet, contact.where, contact.when, contact.why]
    .map((line) => line.trim())
    .filter(Boolean);
}
