/**
 * Reads the Sent invitations page (facts.md §7.2): who is on it, and whether the whole list is loaded.
 * Only a complete list lets absence mean something; the page loads about 20 rows at a time (2025+) or
 * paginates (Ember), so completeness is the row count reaching the "People (N)" total.
 */
import { slugFromHref, textOf } from '../linkedin/dom';
import { css } from '../linkedin/selectors';

export const SENT_PATH = /^\/mynetwork\/invitation-manager\/sent\/?$/;

export interface SentListView {
  slugs: string[];
  complete: boolean;
}

/** The slug of a row's person, if the row is one of ours (it has a Withdraw control). */
export function rowSlug(row: Element): string | undefined {
  if (!row.querySelector(css('sentWithdraw'))) return undefined;
  return slugFromHref(row.querySelector(css('profileLink'))?.getAttribute('href'));
}

/** The number in "People (905)", in any language that writes the count in brackets. */
export function peopleTotal(doc: Document): number | undefined {
  const match = /\(([\d\s.,\u202f\u00a0]+)\)/.exec(textOf(doc.querySelector(css('sentPeopleFilter'))));
  const digits = match?.[1]?.replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
}

export function readSentList(
  doc: Document,
  location: Pick<Location, 'pathname' | 'search'>,
): SentListView | undefined {
  if (!SENT_PATH.test(location.pathname)) return undefined;
  const type = new URLSearchParams(location.search).get('invitationType');
  if (type && type !== 'CONNECTION') return undefined; // Pages, newsletters, events
  const rows = [...doc.querySelectorAll(css('sentRow'))];
  const slugs = rows.map(rowSlug).filter((slug): slug is string => slug !== undefined);
  const total = peopleTotal(doc);
  // Every row must be a person we can name, or absence from the list could be a reading gap.
  const complete = total !== undefined && slugs.length === rows.length && rows.length >= total;
  return { slugs, complete };
}
