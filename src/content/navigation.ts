/**
 * LinkedIn navigates in-app (history API). `onLeave` runs once per real page change: the Navigation API
 * reports same-document navigations in Chrome, popstate covers the rest, and `check()` lets callers test
 * the URL on their own schedule (Firefox has no Navigation API everywhere). Routing into or out of
 * `/preload/…` is how SDUI opens and closes the invite dialog itself, so it is the same page.
 */
import { safely } from './fail-open';

const PRELOAD = '/preload/';

export class PageWatch {
  private href = location.href;

  constructor(
    private readonly onLeave: () => void,
    signal: AbortSignal,
  ) {
    const check = () => safely('navigation', () => this.check(), undefined);
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', check, {
      signal,
    });
    window.addEventListener('popstate', check, { signal });
  }

  check(): void {
    if (location.href === this.href) return;
    const within = [this.href, location.href].some((href) => new URL(href).pathname.startsWith(PRELOAD));
    this.href = location.href;
    if (!within) this.onLeave();
  }
}
