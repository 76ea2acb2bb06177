/**
 * The content script's text in the UI language chosen in settings, else the browser's; English where
 * a message is missing.
 *
 * Browser i18n (`getMessage`) is synchronous but speaks only the browser's language, and a chosen
 * locale's packaged _locales/<lang>/messages.json could only be fetched from LinkedIn's page if it were
 * web-accessible, which would let any site probe for the extension. So the worker, which can read its
 * own package, sends the panel_… and rule_… messages of a chosen language with a panel-data reply
 * (src/background/ui-messages.ts): the first one of the page, and again after the setting changed.
 * `followUiLanguage` installs them before that data is used; until then (or if they never come) the
 * panel follows the browser. `text` reads the active messages each time a leaf is read, so switching
 * needs no module to run again.
 *
 * `setMessages` also installs the rules' translator, so the findings the panel and the send guard show
 * (src/shared/rules, messages rule_…) follow the same language, plural forms included.
 */
import { leanLanguage, leanMessage } from '../client/i18n-lean';
import { localise, setMessages } from '../ui/i18n';
import { englishPanel } from './panel/strings';
import type { ContentPanelData } from './replies';

type UiLanguage = NonNullable<ContentPanelData['settings']['uiLanguage']>;

const TRANSLATED = ['fr', 'de', 'es'];
/** The worker's own bound (UiMessagesSchema); the lean reply schema checks shape, not size. */
const MAX_MESSAGES = 200;

/** The language whose messages are installed; "auto" while the panel follows the browser. */
let held: UiLanguage = 'auto';

/** The language plural rules follow: the browser's, if we have its messages; else English. */
function browserPluralLocale(): string {
  const primary = leanLanguage().toLowerCase().split(/[-_]/)[0] ?? 'en';
  return TRANSLATED.includes(primary) ? primary : 'en';
}

function followBrowser(): void {
  setMessages(leanMessage, browserPluralLocale());
  held = 'auto';
}

/** What to tell the worker we hold, so it sends a chosen language's messages only when we lack them. */
export const heldLanguage = (): UiLanguage => held;

/**
 * Applies the UI language of a panel-data reply: its messages when it carries some, the browser's
 * language when the setting is "auto" (or a chosen language's messages did not come).
 */
export function followUiLanguage({ settings, uiMessages }: ContentPanelData): void {
  const chosen = settings.uiLanguage ?? 'auto';
  if (uiMessages && chosen !== 'auto' && Object.keys(uiMessages).length <= MAX_MESSAGES) {
    setMessages((name) => uiMessages[name], chosen);
    held = chosen;
  } else if (chosen !== held) followBrowser();
}

followBrowser();

export const text = localise(englishPanel, 'panel');
