/**
 * Who an invitation is for. The recipient comes from the dialog and from the control that opened it
 * (its slug), never from a side rail: profile pages carry "More profiles for you" rails full of other
 * people's Connect buttons, and slugs can share a prefix (rafael-costa / rafael-costa-87).
 */
import { slugFromHref, textOf } from './dom';
import { connectLabelPatterns, profileTitlePattern } from './labels';
import { css } from './selectors';

export interface Recipient {
  slug?: string;
  name?: string;
}

export interface InviteTrigger extends Recipient {
  at: number;
}

/** The Connect control a click landed on, if any. */
export function connectControlFrom(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  return target.closest(`${css('connectAnchor')}, ${css('connectButton')}`);
}

export function nameFromConnectLabel(label: string | null | undefined): string | undefined {
  for (const pattern of connectLabelPatterns) {
    const name = pattern.exec(label ?? '')?.[1];
    if (name) return name.trim();
  }
  return undefined;
}

/** The profile slug of the page, when it is a profile (/in/<slug>/...). */
export function pageSlug(loc: Location): string | undefined {
  return loc.pathname.startsWith('/in/') ? slugFromHref(loc.pathname) : undefined;
}

/**
 * Walks up from a control to the nearest ancestor whose profile links name exactly one person. Stops at
 * the top card (whose person is the page's) and when a container names several people.
 */
function slugOfEnclosingCard(control: Element, loc: Location): string | undefined {
  for (
    let el: Element | null = control.parentElement;
    el && el !== el.ownerDocument.body;
    el = el.parentElement
  ) {
    if (el.matches(css('topCard'))) return pageSlug(loc);
    const slugs = new Set(
      [...el.querySelectorAll<HTMLAnchorElement>(`${css('profileLink')}, ${css('connectAnchor')}`)]
        .map((a) => slugFromHref(a.getAttribute('href')))
        .filter((s): s is string => Boolean(s)),
    );
    if (slugs.size === 1) return [...slugs][0];
    if (slugs.size > 1) return undefined;
  }
  return undefined;
}

/** Reads the recipient off the Connect control the user clicked. */
export function recipientFromControl(control: Element, loc: Location): Recipient {
  const label =
    control.getAttribute('aria-label') ?? control.querySelector('[aria-label]')?.getAttribute('aria-label');
  const name = nameFromConnectLabel(label);
  const slug = slugFromHref(control.getAttribute('href')) ?? slugOfEnclosingCard(control, loc);
  return { ...(slug ? { slug } : {}), ...(name ? { name } : {}) };
}

/** On a profile page with no trigger seen (e.g. a deep link), the page's own person. */
export function recipientFromPage(doc: Document, loc: Location): Recipient {
  const slug = pageSlug(loc);
  const heading = textOf(doc.querySelector(css('topCard'))?.querySelector('h1'));
  // The title names the profile's person in every era ("Jane Doe | LinkedIn"); only used on /in/ pages.
  const titled = slug ? profileTitlePattern.exec(doc.title)?.[1] : undefined;
  const name = heading || titled || undefined;
  return { ...(slug ? { slug } : {}), ...(name ? { name } : {}) };
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * Combines what the trigger said with what the dialog says. The dialog's printed name wins; a trigger
 * that names someone else is discarded with its slug, so we never attach notes to a stranger.
 */
export function resolveRecipient(
  trigger: Recipient | undefined,
  page: Recipient,
  dialogName?: string,
): Recipient {
  const candidate = trigger ?? page;
  if (!dialogName) return candidate;
  if (candidate.name && !sameName(candidate.name, dialogName)) {
    if (page.name && sameName(page.name, dialogName) && page.slug) return { ...page, name: dialogName };
    return { name: dialogName };
  }
  return { ...candidate, name: dialogName };
}
