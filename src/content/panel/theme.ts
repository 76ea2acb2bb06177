/**
 * Which theme LinkedIn shows, so the panel matches the dialog it sits in. LinkedIn marks it with a class:
 * `html.theme--dark` on Ember pages, and a `theme--light`/`theme--dark` wrapper around SDUI overlays (the
 * one inside `#interop-outlet`'s shadow root). The nearest mark above the panel's host wins, shadow roots
 * included; with none, the host gets no attribute and the panel's CSS follows prefers-color-scheme.
 *
 * Kept in sync cheaply: two attribute-only observers, on <html> and on the nearest marked element, and
 * nothing else (no subtree, no page-wide observer). A LinkedIn re-render that drops the host remounts it.
 */
export const THEME_ATTRIBUTE = 'data-pt-theme';

export type PageTheme = 'dark' | 'light';

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

function markOf(element: Element): PageTheme | undefined {
  if (element.classList.contains('theme--dark')) return 'dark';
  if (element.classList.contains('theme--light')) return 'light';
  return undefined;
}

/** The nearest theme mark at or above `from`, and the element that carries it. */
export function pageTheme(from: Element): { theme?: PageTheme; marked?: Element } {
  for (let element: Element | null = from; element; element = parentAcrossShadow(element)) {
    const theme = markOf(element);
    if (theme) return { theme, marked: element };
  }
  return {};
}

/** Marks `host` with LinkedIn's theme once it is in the page (the caller inserts it), and on every change. */
export function followPageTheme(host: HTMLElement, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  const watch = { attributes: true, attributeFilter: ['class'] };
  let watched: Element | undefined | null = null; // null: not observing yet
  const observer = new MutationObserver(() => apply());
  function apply(): void {
    if (signal.aborted) return;
    const { theme, marked } = pageTheme(host);
    if (theme) host.setAttribute(THEME_ATTRIBUTE, theme);
    else host.removeAttribute(THEME_ATTRIBUTE);
    if (marked === watched) return;
    watched = marked;
    observer.disconnect();
    observer.observe(doc.documentElement, watch);
    if (marked && marked !== doc.documentElement) observer.observe(marked, watch);
  }
  queueMicrotask(apply);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
