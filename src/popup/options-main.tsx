/** Options page entry: wires the real worker client into the settings page, in the chosen language. */
import { render } from 'preact';
import { z } from 'zod/mini';
import { createWorkerClient } from '../client';
import { browserLocaleSource } from '../client/i18n';
import type { Settings } from '../shared/schema/stored';
import { ClientContext } from '../ui/client-context';
import { applyUiLanguage } from '../ui/locale';
import { strings } from '../ui/strings';
import { OptionsPage } from './options/OptionsPage';

// MV3 forbids eval; zod would otherwise probe `new Function` when parsing replies.
z.config({ jitless: true });

const client = createWorkerClient();

/** Re-applies the language and re-renders from scratch, so every string is read again. */
async function show(root: HTMLElement, language: Settings['uiLanguage']) {
  await applyUiLanguage(language, browserLocaleSource);
  document.title = strings.options.title;
  render(null, root);
  render(
    <ClientContext.Provider value={client}>
      <OptionsPage onLanguageChange={(next) => void show(root, next)} />
    </ClientContext.Provider>,
    root,
  );
}

const root = document.getElementById('app');
if (root) {
  client
    .request({ type: 'getSettings' })
    .catch(() => null)
    .then((settings) => show(root, settings?.uiLanguage ?? 'auto'));
}
