/** Popup entry: the only place that wires the real worker client into the UI. */
import { render } from 'preact';
import { z } from 'zod/mini';
import { createWorkerClient } from '../client';
import { browserLocaleSource } from '../client/i18n';
import { openOptionsPage } from '../client/pages';
import { ClientContext } from '../ui/client-context';
import { applyUiLanguage } from '../ui/locale';
import { earlyPage, FIRST_PAGE } from './openers/use-openers';
import { PopupApp } from './PopupApp';

// MV3 forbids eval; zod would otherwise probe `new Function` when parsing replies.
z.config({ jitless: true });

async function start(root: HTMLElement) {
  const worker = createWorkerClient();
  // The opener list's first page (the section shown first) is read while the settings and language are,
  // so the first paint shows its rows; if it fails, the list asks again and shows the error itself.
  const firstPage = worker.request({ type: 'listOpenersPage', limit: FIRST_PAGE }).catch(() => null);
  // The language must be known before the first paint; without settings the browser's language is used.
  const settings = await worker.request({ type: 'getSettings' }).catch(() => null);
  await applyUiLanguage(settings?.uiLanguage ?? 'auto', browserLocaleSource);
  const early = earlyPage(await firstPage);
  render(
    <ClientContext.Provider value={worker}>
      <PopupApp onOpenOptions={openOptionsPage} earlyOpeners={early} />
    </ClientContext.Provider>,
    root,
  );
}

// Imports are evaluated before this line runs: the bench splits "scripts evaluated" from rendering here.
performance.mark('popup:scripts-evaluated');

const root = document.getElementById('app');
if (root) void start(root);
