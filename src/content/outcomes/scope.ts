/**
 * Where outcomes can be learnt (a member's profile, the Sent invitations page) and the smallest part of
 * that page that shows them changing: the top card, or the Sent list and its "People (N)" filter. Only
 * those elements are observed, so the feed and every other page pay nothing for outcome learning.
 */
import { safely } from '../fail-open';
import { css } from '../linkedin/selectors';
import { profileSlugOf } from './profile-state';
import { SENT_PATH } from './sent-list';

export type OutcomePage = 'profile' | 'sent';

export function outcomePageOf(location: Pick<Location, 'pathname'>): OutcomePage | undefined {
  if (SENT_PATH.test(location.pathname)) return 'sent';
  return profileSlugOf(location) === undefined ? undefined : 'profile';
}

/** The elements to observe on `page`; empty while LinkedIn has not rendered them (yet). */
export function scopeOf(doc: Document, page: OutcomePage): Element[] {
  if (page === 'profile') {
    const card = doc.querySelector(css('topCard'));
    return card ? [card] : [];
  }
  // Ember's list has no stable hook of its own: it is the element its rows live in.
  const row = doc.querySelector(css('sentRow'));
  const list = row?.closest(css('sentList')) ?? row?.parentElement ?? doc.querySelector(css('sentList'));
  const filter = doc.querySelector(css('sentPeopleFilter'));
  if (!list) return [];
  return filter && !list.contains(filter) ? [list, filter] : [list];
}

/**
 * Only what the outcome readers look at: added and removed nodes, text (the filter's count, degree
 * leaves), and the attributes the selectors match on (Ember relabels its Pending button in place).
 */
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'componentkey', 'href'],
};
/** How often the scope is looked for (it may render late), then checked (LinkedIn may replace it). */
const LOCATE_MS = [100, 250, 500, 1000, 2000] as const;

const sameElements = (a: readonly Element[], b: readonly Element[]): boolean =>
  a.length === b.length && a.every((element, i) => element === b[i]);

/**
 * Observes the roots `locate` returns until `signal` aborts, following them when LinkedIn renders or
 * replaces them. `onChange`: something may have changed; also called when the scope is (re)located or
 * is still missing, so what the page shows is read at least once.
 */
export function observeScope(locate: () => Element[], onChange: () => void, signal: AbortSignal): void {
  let roots: Element[] = [];
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => safely('outcomes:mutation', onChange, undefined));
  const tick = () => {
    const found = locate();
    if (found.length === 0 || !sameElements(found, roots)) {
      observer.disconnect();
      roots = found;
      for (const root of roots) observer.observe(root, OBSERVE);
      onChange();
    }
    const delay = LOCATE_MS[Math.min(tries++, LOCATE_MS.length - 1)];
    timer = setTimeout(() => safely('outcomes:locate', tick, undefined), delay);
  };
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  tick();
}
