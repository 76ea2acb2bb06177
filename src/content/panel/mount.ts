/**
 * The panel's host element: a closed shadow root (page scripts cannot read it), its own styles, a
 * wall that stops keystrokes from reaching LinkedIn's shortcut handlers, and LinkedIn's light or dark theme.
 */
import { afterAcceptCss, notesCss, panelCss, promptCss } from './styles';
import { followPageTheme } from './theme';

export const HOST_ATTRIBUTE = 'data-personal-touch';

/**
 * Events stopped at the host. Tab is let through on purpose: LinkedIn's focus trap needs it to keep
 * focus inside the dialog, which our panel is part of.
 */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'cut',
  'copy',
] as const;

export interface PanelHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createPanelHost(doc: Document, signal: AbortSignal): PanelHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, 'panel');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = panelCss + notesCss + afterAcceptCss + promptCss;
  root.append(style);
  for (const type of ISOLATED_EVENTS) {
    host.addEventListener(
      type,
      (event) => {
        if (event instanceof KeyboardEvent && event.key === 'Tab') return;
        event.stopPropagation();
      },
      { signal },
    );
  }
  followPageTheme(host, signal);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}

/** Our hosts anywhere in a root; used to remove strays left by an older copy of the extension. */
export function existingHosts(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${HOST_ATTRIBUTE}]`)];
}
