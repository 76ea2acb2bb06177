/**
 * Content-script entry: wires the dialog controller to the worker and nothing else.
 * Only one copy may run per page: after an extension update or reload the old copy's context is
 * invalidated, so a new copy announces itself and any older copy ends quietly, removing its panels.
 */
import { z } from 'zod/mini';
import { listenForCommands } from './command';
import { DialogController } from './controller';
import { reportError } from './fail-open';
import { dialogRoots } from './linkedin/dom';
import { watchOutcomes } from './outcomes';
import { existingHosts } from './panel/mount';
import { createContentWorker } from './worker-port';

z.config({ jitless: true }); // MV3 forbids eval; zod would otherwise probe `new Function`

const TAKEOVER_EVENT = 'personal-touch:started';

function start(): void {
  const lifetime = new AbortController();
  let announcing = true;
  document.addEventListener(TAKEOVER_EVENT, () => announcing || lifetime.abort(), {
    signal: lifetime.signal,
  });
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  announcing = false;
  for (const root of dialogRoots(document)) for (const stray of existingHosts(root)) stray.remove();

  const worker = createContentWorker(() => lifetime.abort());
  const controller = new DialogController(document, worker, lifetime.signal);
  controller.start();
  listenForCommands(controller, lifetime.signal);
  watchOutcomes(document, lifetime.signal);
}

try {
  start();
} catch (error) {
  reportError('start', error);
}
