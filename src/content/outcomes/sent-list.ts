/**
 * Reads the Sent invitations page (facts.md §7.2): who is on it, and whether the whole list is loaded.
 * A complete list lets absence mean something for every invitation; the page loads about 20 rows at a
 * time (2025+) or paginates (Ember), so completeness is the row count reaching the "People (N)" total.
 * Short of that, each row's age ("Sent 3 weeks ago") and whether the page starts at the newest
 * invitation let the worker tell which sending times the page speaks for (background/outcomes/sent-span).
 */
import { slugFromHref, textOf } from '../linkedin/dom';
import { css } from '../linkedin/selectors';

export const SENT_PATH = /^\/mynetwork\/invitation-manager\/sent\/?$/;

export interface SentListView {
  slugs: string[];
  complete: boolean;
  /** Each row's age as shown, when the list is incomplete and every row shows one. */
  ages?: string[];
  /** The page surely starts at the newest invitation (Ember's page 1). */
  top?: boolean;
}

/** A row's age as shown: its last text leaf that holds no link or button (the name and Withdraw do). */
export function rowAge(row: Element): string | undefined {
  const leaves = [...row.querySelectorAll(css('sentAge'))].filter((leaf) => !leaf.querySelector('a, button'));
  return textOf(leaves[leaves.length - 1]).slice(0, 80) || undefined;
}

/**
 * Whether the rows shown start at the newest invitation: only Ember's page 1, recognised by its
 * pagination marking page 1 current (and no ?page=N beyond 1). The 2025+ list is never assumed to start
 * there: a lazy list may drop rows scrolled out of view, and the rows it does show are still a contiguous
 * stretch of the list, which bounds the span on both sides.
 */
function onFirstPage(doc: Document, search: string): boolean {
  const param = new URLSearchParams(search).get('page');
  if (param && param !== '1') return false;
  const current = [...doc.querySelectorAll(css('sentPageButton'))].find((page) =>
    page.querySelector('[aria-current="true"]'),
  );
  return textOf(current) === '1';
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
  if (complete || slugs.length !== rows.length) return { slugs, complete };
  const ages = rows.map(rowAge).filter((age): age is string => age !== undefined);
  if (ages.length !== rows.length) return { slugs, complete };
  return { slugs, complete, ages, top: onFirstPage(doc, location.search) };
}
