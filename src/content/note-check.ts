/**
 * A dialog step's note against the rules: the limit that applies (LinkedIn's counter, or the user's
 * override), the report, whether Send is held and why, and the invitation recorded once it is sent.
 */
import { checkNote, noteFingerprint, noteLength } from '../shared/rules';
import type { NoteReport, OpenerValues } from '../shared/rules/types';
import type { InvitationDraft } from '../shared/schema/stored';
import { faultPoint } from './fail-open';
import { blockingFindings, heldMessage, NO_NOTE_MESSAGE } from './guard';
import { type InviteDialog, noteLimit } from './linkedin/dialog';
import type { Recipient } from './linkedin/recipient';
import type { ContentPanelData as PanelData } from './replies';
import { notesUsedUp } from './situation';
import { recipientFacts } from './values';

/** Every guard on: the rules' defaults while the user's settings have not arrived. */
const ALL_GUARDS = { defaultText: true, overLimit: true, placeholder: true, wrongName: true, noNote: true };

export function limitOf(dialog: HTMLElement, data: PanelData | undefined): number {
  const override = data?.settings.limitOverride ?? 'auto';
  return override === 'auto' ? noteLimit(dialog) : Number(override);
}

export function reportOn(
  text: string,
  limit: number,
  values: OpenerValues,
  data: PanelData | undefined,
): NoteReport {
  return checkNote(text, {
    limit,
    recipient: recipientFacts(values),
    recentFingerprints: data?.recentFingerprints ?? [],
    customPhrases: data?.settings.customPhrases ?? [],
    ...(data?.settings.myName ? { senderName: data.settings.myName } : {}),
  });
}

/** Why Send should be held on this step, or undefined to let it through. */
export function holdReason(
  dialog: InviteDialog,
  data: PanelData | undefined,
  report: () => NoteReport,
): string | undefined {
  faultPoint('guard');
  const settings = data?.settings;
  if (dialog.step === 'gate') {
    // No hold when LinkedIn offers no way to add a note: the panel already says why.
    if (settings?.guards.noNote === false || notesUsedUp(dialog)) return undefined;
    return NO_NOTE_MESSAGE;
  }
  return heldMessage(blockingFindings(report().findings, settings?.guards ?? ALL_GUARDS));
}

export interface SentNote {
  /** The note as sent ('' from a step without a note field). */
  text: string;
  recipient: Recipient;
  openerId: string | undefined;
  limit: number;
  surface: string;
}

/** What is kept of a sent invitation: its length and a fingerprint, never the note's text. */
export function invitationDraft({ text, recipient, openerId, limit, surface }: SentNote): InvitationDraft {
  const personalised = text.trim().length > 0;
  const { slug, name } = recipient;
  return {
    ...(slug ? { slug } : {}),
    name: name ?? '',
    ...(personalised && openerId ? { openerId } : {}),
    personalised,
    noteLength: noteLength(text),
    ...(personalised ? { fingerprint: noteFingerprint(text) } : {}),
    limit,
    surface,
    sentAt: Date.now(),
  };
}
