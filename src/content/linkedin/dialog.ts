/**
 * Reads LinkedIn's invite dialog: which step it is on, its note field, its Send button, its counter and
 * limit. Every getter re-queries, because LinkedIn re-renders nodes and cached ones go stale.
 */
import { dialogRoots, type QueryRoot, queryAll, textOf } from './dom';
import { counterPattern, remainingQuotaPattern, sendInvitationLabels, sendWithoutNoteLabels } from './labels';
import { css } from './selectors';

/** "gate": "Add a note to your invitation?"; "note": the step with the note field. */
export type InviteStep = 'gate' | 'note';

export interface InviteDialog {
  element: HTMLElement;
  step: InviteStep;
}

const FALLBACK_LIMIT = 300;
const FREE_LIMIT = 200;

/** Every invite dialog currently open, in the light DOM or the interop shadow root. */
export function findInviteDialogs(doc: Document): InviteDialog[] {
  const roots = dialogRoots(doc);
  const dialogs = new Set<HTMLElement>(queryAll<HTMLElement>(roots, css('inviteDialog')));
  // A dialog without the title hook still counts when it holds LinkedIn's note field.
  for (const field of queryAll(roots, css('noteField'))) {
    const dialog = field.closest<HTMLElement>(css('dialog'));
    if (dialog) dialogs.add(dialog);
  }
  return [...dialogs]
    .filter((el) => el.matches(css('dialog')))
    .map((element) => ({ element, step: noteField(element) ? 'note' : 'gate' }));
}

export function noteField(dialog: Element): HTMLTextAreaElement | null {
  return dialog.querySelector<HTMLTextAreaElement>(css('noteField'));
}

function buttonByLabel(dialog: Element, labels: readonly string[]): HTMLElement | null {
  for (const button of dialog.querySelectorAll<HTMLElement>('button[aria-label]')) {
    if (labels.includes(button.getAttribute('aria-label') ?? '')) return button;
  }
  return null;
}

/** The button that sends: "Send" on the note step, "Send without a note" on the gate. */
export function sendButton(dialog: Element, step: InviteStep): HTMLElement | null {
  const primary = dialog.querySelector<HTMLElement>(css('primaryAction'));
  if (primary) return primary;
  return buttonByLabel(dialog, step === 'note' ? sendInvitationLabels : sendWithoutNoteLabels);
}

/** The note counter ("12/200"), preferring LinkedIn's polite live region. */
export function counterElement(dialog: Element): Element | null {
  const live = [...dialog.querySelectorAll(css('liveRegion'))].find((el) => counterPattern.test(textOf(el)));
  if (live) return live;
  return (
    [...dialog.querySelectorAll('span, div, p')].find(
      (el) => el.childElementCount === 0 && counterPattern.test(textOf(el)),
    ) ?? null
  );
}

/** The count LinkedIn shows, or undefined when the dialog has no counter. */
export function shownCount(dialog: Element): number | undefined {
  const match = counterPattern.exec(textOf(counterElement(dialog)));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The personalised invitations left this month, when the dialog says so. */
export function remainingQuota(dialog: Element): number | undefined {
  const match = remainingQuotaPattern.exec(textOf(dialog));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * This dialog's note limit: the counter's denominator, else the field's maxlength, else 200 when the
 * free-tier allowance line is shown, else 300. (The hidden label says 300 even on free accounts.)
 */
export function noteLimit(dialog: Element): number {
  const match = counterPattern.exec(textOf(counterElement(dialog)));
  const fromCounter = Number(match?.[2]);
  if (fromCounter > 0) return fromCounter;
  const maxLength = noteField(dialog)?.maxLength ?? -1;
  if (maxLength > 0) return maxLength;
  return remainingQuota(dialog) === undefined ? FALLBACK_LIMIT : FREE_LIMIT;
}

/** The recipient's name as the gating step prints it ("Personalize your invitation to <b>X</b>"). */
export function dialogRecipientName(dialog: Element): string | undefined {
  return textOf(dialog.querySelector(css('gateRecipientName'))) || undefined;
}

/** Where to put the panel: after the note box, inside the dialog's content, before the action bar. */
export function panelAnchor(dialog: Element, step: InviteStep): { parent: Element; before: Node | null } {
  const bar = sendButton(dialog, step)?.closest('.artdeco-modal__actionbar');
  if (bar?.parentElement) return { parent: bar.parentElement, before: bar };
  const field = noteField(dialog);
  if (field?.parentElement) return { parent: field.parentElement, before: field.nextSibling };
  return { parent: dialog, before: null };
}

export type { QueryRoot };
