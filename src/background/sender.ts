/**
 * Who may talk to the worker: our own extension pages (popup, options) and our content script on
 * LinkedIn. Anything else (another extension, a page we do not run on) is refused.
 */
import type { Runtime } from 'webextension-polyfill';

export interface Self {
  id: string;
  /** browser.runtime.getURL(''): the origin every extension page's URL starts with. */
  baseUrl: string;
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

function isLinkedInUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === LINKEDIN_ORIGIN;
  } catch {
    return false;
  }
}

export type SenderKind = 'page' | 'content';

/** 'page' for our extension pages, 'content' for our content script on LinkedIn, undefined for anyone else. */
export function senderKind(sender: Runtime.MessageSender, self: Self): SenderKind | undefined {
  if (!self.id || sender.id !== self.id) return undefined;
  // Extension pages, including the options page opened in a tab, live under our own base URL.
  if (sender.url?.startsWith(self.baseUrl)) return 'page';
  // Content scripts have a tab; their url is the LinkedIn page they run in.
  return sender.tab !== undefined && isLinkedInUrl(sender.url ?? sender.tab.url) ? 'content' : undefined;
}

export const isTrustedSender = (sender: Runtime.MessageSender, self: Self): boolean =>
  senderKind(sender, self) !== undefined;
