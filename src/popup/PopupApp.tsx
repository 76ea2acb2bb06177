/** The popup shell: title, a link to settings, and the three sections as an ARIA tablist. */
import { useState } from 'preact/hooks';
import { strings } from '../ui/strings';
import { type TabSpec, Tabs } from '../ui/Tabs';
import { ContactsTab } from './contacts/ContactsTab';
import { MonthTab } from './month/MonthTab';
import { OpenersTab } from './openers/OpenersTab';

type Section = 'openers' | 'contacts' | 'month';

const SECTIONS: readonly TabSpec<Section>[] = [
  { id: 'openers', label: strings.popup.tabOpeners },
  { id: 'contacts', label: strings.popup.tabContacts },
  { id: 'month', label: strings.popup.tabMonth },
];

export function PopupApp({ onOpenOptions }: { onOpenOptions?: () => void }) {
  const [section, setSection] = useState<Section>('openers');
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
        {section === 'openers' && <OpenersTab />}
        {section === 'contacts' && <ContactsTab />}
        {section === 'month' && <MonthTab />}
      </Tabs>
    </div>
  );
}
