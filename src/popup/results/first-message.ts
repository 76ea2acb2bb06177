/**
 * The draft of the first message after an acceptance: the note the user saved for after acceptance
 * (written when the monthly allowance of notes had run out), or a short greeting to build on.
 */
import type { FollowUp } from '../../shared/schema/outcomes';
import { resultStrings as s } from './strings';

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function firstMessageDraft({ invitation, contact }: FollowUp): string {
  const saved = contact?.afterAcceptNote.trim();
  if (saved) return saved;
  const name = firstName(contact?.name || invitation.name);
  return name ? s.followUps.greeting(name) : s.followUps.greeting('').replace(' ,', ',');
}

/** What the user noted about the person, shown beside the draft to write from. */
export function contextLines(followUp: FollowUp): string[] {
  const contact = followUp.contact;
  if (!contact) return [];
  return [contact.howWeMet, contact.where, contact.when, contact.why]
    .map((line) => line.trim())
    .filter(Boolean);
}
