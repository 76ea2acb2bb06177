/**
 * The learned fallback for search results whose markup cannot say whether Connect opens the dialog or
 * sends at once. When a click on such a Connect opened no invite dialog and its card turned Pending, this
 * page sends directly, so the next clicks here get the prompt. A lesson proved wrong (a click let through
 * from the prompt opened a dialog after all) is forgotten. Learning only ever adds a prompt the user can
 * pass, never a send, and it ends with the page. A closure, not a class, so the minifier shortens its state
 * (it ships on every LinkedIn page).
 */
import { faultPoint, safely } from './fail-open';
import { findInviteDialogs } from './linkedin/dialog';
import { showsPending } from './linkedin/direct-send';
import { css } from './linkedin/selectors';

/** How long a click is watched: LinkedIn flips the card once its request returns. */
const WATCH_MS = 10_000;
const CARD_CHANGES: MutationObserverInit = { subtree: true, childList: true, attributes: true };

export interface DirectSendLearner {
  /** True once a click on this page (path) was seen to send without a dialog. */
  sendsDirectly: () => boolean;
  /** The dialog controller saw an invite dialog open. */
  noteDialog: () => void;
  /** The user let a learned click through from the prompt; a dialog now would prove the lesson wrong. */
  notePassedThrough: () => void;
  /** Watches what a click on an ambiguous result Connect does (it is not held: nothing is known yet). */
  watch: (control: Element) => void;
}

export function directSendLearner(doc: Document, signal: AbortSignal): DirectSendLearner {
  let learnedOn: string | undefined;
  let lastDialogAt = Number.NEGATIVE_INFINITY;
  let passedThroughAt = Number.NEGATIVE_INFINITY;
  let stopWatching: (() => void) | undefined;
  signal.addEventListener('abort', () => stopWatching?.(), { once: true });
  const sendsDirectly = () => learnedOn === location.pathname;

  const watch = (control: Element) => {
    const card = control.closest(css('resultCard'));
    if (!card || sendsDirectly()) return;
    stopWatching?.();
    const clickedAt = performance.now();
    const check = () => {
      faultPoint('learn-direct');
      if (lastDialogAt >= clickedAt || findInviteDialogs(doc).length > 0) return stop();
      if (!showsPending(control, card)) return;
      stop();
      learnedOn = location.pathname;
    };
    const observer = new MutationObserver(() => safely('learn-direct', check, undefined));
    const timer = setTimeout(() => stop(), WATCH_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      stopWatching = undefined;
    }
    observer.observe(card, CARD_CHANGES);
    stopWatching = stop;
  };

  return {
    sendsDirectly,
    noteDialog: () => {
      lastDialogAt = performance.now();
      if (sendsDirectly() && lastDialogAt - passedThroughAt < WATCH_MS) learnedOn = undefined;
    },
    notePassedThrough: () => {
      passedThroughAt = performance.now();
    },
    watch,
  };
}
