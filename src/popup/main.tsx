/** Popup entry: the only place that wires the real worker client into the UI. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import { createWorkerClient } from '../client';
import { ClientContext } from '../ui/client-context';
import { PopupApp } from './PopupApp';

// MV3 forbids eval; zod would otherwise probe `new Function` when parsing replies.
z.config({ jitless: true });

const root = document.getElementById('app');
if (root) {
  render(
    <ClientContext.Provider value={createWorkerClient()}>
      <PopupApp onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </ClientContext.Provider>,
    root,
  );
}
