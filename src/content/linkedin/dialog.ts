/**
 * Reads LinkedIn's invite dialog: which step it is on, its note field, its Send button, its counter and
 * limit. Every getter re-queries, because LinkedIn re-renders nodes and cached ones go stale.
 */
import { dialogRoots, type QueryRoot, queryAll, textOf } from './dom';
import { counterPattern, remainingQuotaPattern, sendInvitationLabels, sendWithoutNoteLabels } from './labels';
import { css } from './selectors';

/**
 * "gate": "Add a note to your invitation?" (or "You can customize this invitation"); "note": the step
 * with the note field; "relationship": "How do you know X?", which sends nothing; "upsell": the Premium
 * offer shown instead of the note step once the free monthly notes are used up.
 */
export type InviteStep = 'gate' | 'note' | 'relationship' | 'upsell';

export interface InviteDialog {
  element: HTMLElement;
  step: InviteStep;
}

const FALLBACK_LIMIT = 300;
const FREE_LIMIT = 200;
const ACTION_ROWS = '.artdeco-modal__actionbar, .send-invite__actions, .connect-cta-form__actions';

function stepOf(element: HTMLElement): InviteStep {
  if (noteField(element)) return 'note';
  if (element.querySelector(css('premiumLink'))) return 'upsell';
  if (element.querySelector(css('relationshipOption'))) return 'relationship';
  return 'gate';
}

/** Every invite dialog (or classic invite page) open now, in the light DOM or the interop shadow root. */
export function findInviteDialogs(doc: Document): InviteDialog[] {
  const roots = dialogRoots(doc);
  const dialogs = new Set<HTMLElement>(queryAll<HTMLElement>(roots, css('inviteDialog')));
  // A dialog without the title hook still counts when it holds LinkedIn's note field.
  for (const field of queryAll(roots, css('noteField'))) {
    const dialog = field.closest<HTMLElement>(`${css('dialog')}, ${css('invitePage')}`);
    if (dialog) dialogs.add(dialog);
  }
  return [...dialogs]
    .filter((el) => el.matches(`${css('dialog')}, ${css('invitePage')}`))
    .map((element) => ({ element, step: stepOf(element) }));
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

/**
 * The row of action buttons: a known action bar, else (hashed SDUI classes) the last element holding two
 * or more buttons, which is where LinkedIn puts [secondary] [primary] in every era.
 */
export function actionRow(dialog: Element): Element | null {
  const known = dialog.querySelector(ACTION_ROWS);
  if (known) return known;
  const rows = [...dialog.querySelectorAll('button')]
    .map((button) => button.parentElement)
    .filter((row): row is HTMLElement => row !== null && row.querySelectorAll(':scope > button').length > 1);
  return rows.at(-1) ?? null;
}

/**
 * The button that sends: "Send" on the note step, "Send without a note" on the gate. Known classes first,
 * then structure (the primary button is the last of the action row), then translated labels.
 */
export function sendButton(dialog: Element, step: InviteStep): HTMLElement | null {
  if (step === 'relationship' || step === 'upsell') return null; // nothing on these steps sends
  const primary = dialog.querySelector<HTMLElement>(css('primaryAction'));
  if (primary) return primary;
  const last = actionRow(dialog)?.querySelector<HTMLElement>(':scope > button:last-of-type');
  if (last) return last;
  return buttonByLabel(dialog, step === 'note' ? sendInvitationLabels : sendWithoutNoteLabels);
}

/** LinkedIn wants the invitee's e-mail address before it sends (restricted senders, some targets). */
export function asksForEmail(dialog: Element): boolean {
  // Older dialogs keep the field hidden until "Other" is chosen: only a shown field is a request.
  return [...dialog.querySelectorAll<HTMLElement>(css('emailField'))].some(
    (input) => input.checkVisibility?.() ?? true,
  );
}

/** A gate whose only action is sending without a note: LinkedIn has withheld "Add a note" (allowance used). */
export function gateWithoutAddNote(dialog: Element, step: InviteStep): boolean {
  if (step !== 'gate') return false;
  const row = actionRow(dialog) ?? sendButton(dialog, step)?.parentElement;
  return row ? row.querySelectorAll('button, a[href]').length === 1 : false;
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

/** The recipient's name as the dialog prints it ("Personalize your invitation to <b>X</b>"). */
export function dialogRecipientName(dialog: Element): string | undefined {
  return textOf(dialog.querySelector(css('dialogRecipientName'))) || undefined;
}

/** Where to put the panel: after the note box, inside the dialog's content, before the action row. */
export function panelAnchor(dialog: Element, step: InviteStep): { parent: Element; before: Node | null } {
  const send = sendButton(dialog, step);
  const row = send?.closest(ACTION_ROWS) ?? (step === 'note' ? null : actionRow(dialog));
  if (row?.parentElement && row.contains(send ?? row)) return { parent: row.parentElement, before: row };
  const field = noteField(dialog);
  if (field?.parentElement) return { parent: field.parentElement, before: field.nextSibling };
  if (row?.parentElement) return { parent: row.parentElement, before: row };
  return { parent: dialog, before: null };
}

export type { QueryRoot };
