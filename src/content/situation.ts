/**
 * Reads the dialog's circumstances for the panel: an e-mail request, the free monthly allowance LinkedIn
 * prints, and whether LinkedIn will take a note at all now (upsell shown, "Add a note" withheld, 0 left).
 */
import { asksForEmail, gateWithoutAddNote, type InviteDialog, remainingQuota } from './linkedin/dialog';
import type { AfterAcceptProps } from './panel/AfterAccept';
import type { SituationProps } from './panel/Situation';

export interface SituationInput {
  dialog: InviteDialog;
  name: string;
  sentThisMonth: number;
  /** Built on demand: only offered when notes are used up and the recipient's profile is known. */
  afterAccept: (() => AfterAcceptProps) | undefined;
}

/** LinkedIn will not accept a personalised note in this dialog now. */
export function notesUsedUp(dialog: InviteDialog): boolean {
  if (dialog.step === 'upsell') return true;
  if (gateWithoutAddNote(dialog.element, dialog.step)) return true;
  return dialog.step === 'note' && remainingQuota(dialog.element) === 0;
}

export function readSituation({
  dialog,
  name,
  sentThisMonth,
  afterAccept,
}: SituationInput): SituationProps | undefined {
  const remaining = dialog.step === 'note' ? remainingQuota(dialog.element) : undefined;
  const usedUp = notesUsedUp(dialog);
  const emailRequired = asksForEmail(dialog.element);
  if (!usedUp && !emailRequired && remaining === undefined && dialog.step !== 'relationship')
    return undefined;
  const offer = usedUp ? afterAccept?.() : undefined;
  return {
    name,
    step: dialog.step,
    emailRequired,
    sentThisMonth,
    notesUsedUp: usedUp,
    ...(remaining === undefined ? {} : { remaining }),
    ...(offer ? { afterAccept: offer } : {}),
  };
}
