/** Options page entry: wires the real worker client into the settings page. */
import { render } from 'preact';
import { z } from 'zod/mini';
import { createWorkerClient } from '../client';
import { ClientContext } from '../ui/client-context';
import { OptionsPage } from './options/OptionsPage';

// MV3 forbids eval; zod would otherwise probe `new Function` when parsing replies.
z.config({ jitless: true });

const root = document.getElementById('app');
if (root) {
  render(
    <ClientContext.Provider value={createWorkerClient()}>
      <OptionsPage />
    </ClientContext.Provider>,
    root,
  );
}
