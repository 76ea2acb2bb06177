/**
 * Reads the relationship a profile's own top card shows (facts.md §7.1), without relying on visible
 * words where a structural hook exists: Pending (componentkey suffix, or Ember's label), Connect (the
 * invite deep link), 1st degree (degree leaf, Ember's message-anywhere button, or the SDUI rule:
 * a compose anchor and no labelled button). Returns undefined when the card says none of these.
 */
import type { ProfileState } from '../../shared/schema/outcomes';
import { textOf } from '../linkedin/dom';
import { css } from '../linkedin/selectors';

const DEGREE = /^[·•]?\s*([1-3])(?:st|nd|rd|th|e|er|re|º|°|\.)?\s*\+?$/i;
const PROFILE_PATH = /^\/in\/([^/?#]+)\/?$/;

/** The slug of the profile this page is (not a sub-page such as /in/x/overlay/…). */
export function profileSlugOf(location: Pick<Location, 'pathname'>): string | undefined {
  const match = PROFILE_PATH.exec(location.pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return undefined;
  }
}

/** The degree the card shows (1, 2 or 3), from the first degree-looking leaf. */
export function degreeOf(card: Element): number | undefined {
  for (const leaf of card.querySelectorAll(css('cardDegree'))) {
    const match = DEGREE.exec(textOf(leaf));
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

export function readProfileState(doc: Document): ProfileState | undefined {
  const card = doc.querySelector(css('topCard'));
  if (!card) return undefined;
  if (card.querySelector(css('cardPending'))) return 'pending';
  if (card.querySelector(css('cardConnect'))) return 'connectable';
  const degree = degreeOf(card);
  if (degree === 1 || card.querySelector(css('cardMessageAnywhere'))) return 'connected';
  const composeOnly =
    card.querySelector(css('cardCompose')) && !card.querySelector(css('cardLabelledButton'));
  return degree === undefined && composeOnly ? 'connected' : undefined;
}
