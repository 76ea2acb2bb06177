/**
 * Outcome learning (issue #7), wired from the content-script entry with one call. Reports go to the
 * worker; a failure to deliver is dropped quietly (the next visit reports again), and an invalidated
 * extension context ends the watcher like the rest of the content script.
 */
import { createWorkerClient, ExtensionContextInvalidatedError } from '../../client';
import { reportError } from '../fail-open';
import { OutcomeWatcher } from './watch';

export function watchOutcomes(doc: Document, signal: AbortSignal): void {
  const client = createWorkerClient();
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort());
  const watcher = new OutcomeWatcher(doc, (observation) => {
    client.request({ type: 'recordObservation', observation }).catch((error: unknown) => {
      if (error instanceof ExtensionContextInvalidatedError) stop.abort();
      else reportError('outcomes:report', error);
    });
  });
  try {
    watcher.start(stop.signal);
  } catch (error) {
    reportError('outcomes:start', error);
  }
}
