/**
 * DOM reading helpers that know LinkedIn's two dialog homes: the light DOM and the open shadow root of
 * `#interop-outlet`. Nothing here writes to the page.
 */
import { css } from './selectors';

export type QueryRoot = Document | ShadowRoot | Element;

/** Roots where LinkedIn mounts dialogs: the document, plus the interop outlet's open shadow root. */
export function dialogRoots(doc: Document): QueryRoot[] {
  const roots: QueryRoot[] = [doc];
  const interop = doc.querySelector(css('interopOutlet'));
  if (interop?.shadowRoot) roots.push(interop.shadowRoot);
  return roots;
}

/** querySelectorAll across several roots, in order. */
export function queryAll<E extends Element = Element>(roots: readonly QueryRoot[], selector: string): E[] {
  return roots.flatMap((root) => Array.from(root.querySelectorAll<E>(selector)));
}

/** Visible, trimmed text of an element with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lower-cased profile slug from "/in/<slug>/" or a "?vanityName=<slug>" deep link. */
export function slugFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    const vanity = url.searchParams.get('vanityName');
    if (vanity) return vanity.toLowerCase();
    const match = /^\/in\/([^/?#]+)/.exec(url.pathname);
    return match?.[1] ? decodeURIComponent(match[1]).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
