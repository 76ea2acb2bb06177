/**
 * Which Connect controls send an invitation at once, with no dialog and so no chance to add a note.
 * Structure first: My Network's cards, and search results whose Connect is a `<button>` keyed `…_connect`
 * instead of the `/preload/search-custom-invite/` link that opens the dialog. A translated label is only a
 * fallback, and only where structure already rules out the dialog link (a button in an SDUI search card).
 */
import { connectControlFrom, nameFromConnectLabel } from './recipient';
import { css } from './selectors';

/** The Connect control under `target` that markup says sends at once, if any. */
export function knownDirectControl(target: Element): Element | null {
  return (
    target.closest(`${css('directConnect')}, ${css('searchDirectConnect')}`) ?? labelledSearchButton(target)
  );
}

function labelledSearchButton(target: Element): Element | null {
  const button = target.closest(css('searchCardButton'));
  return button && nameFromConnectLabel(button.getAttribute('aria-label')) ? button : null;
}

/**
 * A search-result Connect whose markup does not say what it does (artdeco result cards look the same
 * whether Connect opens the dialog or sends). The invite link, which always opens the dialog, is never one.
 */
export function ambiguousResultConnect(target: Element): Element | null {
  const control = connectControlFrom(target);
  if (!control || control.matches(css('connectAnchor'))) return null;
  return control.closest(css('resultCard')) ? control : null;
}

/** After a send LinkedIn shows Pending: a Pending control in the card (cardPending), or Connect disabled. */
export function showsPending(control: Element, card: Element): boolean {
  if (card.querySelector(css('cardPending'))) return true;
  return (
    control.isConnected && (control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true')
  );
}
