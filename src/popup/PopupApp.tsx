/**
 * The popup shell: title, a link to settings, the three sections as an ARIA tablist, and the
 * keyboard shortcuts (Alt+1–3 sections, "/" search, "N" new opener), each also set as aria-keyshortcuts.
 */
import { useEffect, useState } from 'preact/hooks';
import { lazyComponent } from '../ui/lazy';
import { strings } from '../ui/strings';
import { type TabSpec, Tabs, tabId } from '../ui/Tabs';
import { useShortcuts } from '../ui/use-shortcuts';
import { OpenersTab, preloadOpenerEditor } from './openers/OpenersTab';
import type { EarlyPage } from './openers/use-openers';

// Sections not shown first are separate chunks, loaded after the first paint (see lazyComponent).
const ContactsTab = lazyComponent(() =>
  import('./contacts/ContactsTab').then((module) => module.ContactsTab),
);
const MonthTab = lazyComponent(() => import('./month/MonthTab').then((module) => module.MonthTab));
const ResultsView = lazyComponent(() => import('./results/ResultsView').then((module) => module.ResultsView));

/** Once the first paint is on screen, fetch the other views so switching to them is immediate. */
function usePreloadAfterFirstPaint() {
  useEffect(() => {
    const later = setTimeout(() => {
      for (const preload of [
        preloadOpenerEditor,
        ContactsTab.preload,
        MonthTab.preload,
        ResultsView.preload,
      ]) {
        preload().catch(() => undefined); // a failed chunk is retried when its view mounts
      }
    }, 50);
    return () => clearTimeout(later);
  }, []);
}

type Section = 'openers' | 'contacts' | 'month';

// Labels are getters: the UI language is applied after this module loads.
const SECTIONS: readonly TabSpec<Section>[] = [
  {
    id: 'openers',
    get label() {
      return strings.popup.tabOpeners;
    },
    keyShortcuts: 'Alt+1',
  },
  {
    id: 'contacts',
    get label() {
      return strings.popup.tabContacts;
    },
    keyShortcuts: 'Alt+2',
  },
  {
    id: 'month',
    get label() {
      return strings.popup.tabMonth;
    },
    keyShortcuts: 'Alt+3',
  },
];

/** The visible control that declares this shortcut, so the shortcut and its announcement never drift. */
const declaring = (keys: string) => document.querySelector<HTMLElement>(`[aria-keyshortcuts="${keys}"]`);

function usePopupShortcuts(select: (section: Section) => void) {
  const shortcuts: Record<string, () => void> = {
    '/': () => declaring('/')?.focus(),
    n: () => declaring('N')?.click(),
  };
  for (const spec of SECTIONS) {
    if (!spec.keyShortcuts) continue;
    shortcuts[spec.keyShortcuts] = () => {
      select(spec.id);
      // The tab exists already; focus follows selection as with the arrow keys.
      document.getElementById(tabId(spec.id))?.focus();
    };
  }
  useShortcuts(shortcuts);
}

interface PopupAppProps {
  onOpenOptions?: () => void;
  /** The opener list's first page, read before rendering (see EarlyPage). */
  earlyOpeners?: EarlyPage;
}

export function PopupApp({ onOpenOptions, earlyOpeners }: PopupAppProps) {
  const [section, setSection] = useState<Section>('openers');
  usePopupShortcuts(setSection);
  usePreloadAfterFirstPaint();
  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">{strings.popup.title}</h1>
        {onOpenOptions && (
          <button type="button" class="button button--small button--quiet" onClick={onOpenOptions}>
            {strings.popup.openOptions}
          </button>
        )}
      </header>
      <Tabs label={strings.popup.tabsLabel} tabs={SECTIONS} selected={section} onSelect={setSection}>
        {section === 'openers' && <OpenersTab early={earlyOpeners} />}
        {section === 'contacts' && <ContactsTab />}
        {section === 'month' && <MonthTab results={<ResultsView />} />}
      </Tabs>
      <p class="popup__shortcuts">{strings.popup.shortcuts}</p>
    </div>
  );
}
