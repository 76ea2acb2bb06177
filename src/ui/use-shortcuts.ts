/**
 * Page-wide keyboard shortcuts. Single keys ("/", "n") only fire outside text fields, so typing is
 * never hijacked; Alt+digit works everywhere. Keys are written "Alt+1", "/" or "n".
 */
import { useEffect, useRef } from 'preact/hooks';

export type ShortcutMap = Record<string, () => void>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type);
}

export function shortcutOf(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey) return null;
  // event.code keeps Alt+digit working on layouts where Alt changes the character (macOS, AZERTY).
  if (event.altKey) return /^Digit\d$/.test(event.code) ? `Alt+${event.code.slice(5)}` : null;
  if (isTyping(event.target)) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : null;
}

export function useShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = shortcutOf(event);
      const action = key === null ? undefined : latest.current[key];
      if (!action || event.defaultPrevented) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
