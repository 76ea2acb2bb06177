/**
 * Outcome learning (issue #7), wired from the content-script entry with one call. Reports go to the
 * worker over the lean client (no polyfill, no full message contract on LinkedIn's pages); a failure to
 * deliver is dropped quietly (the next visit reports again), and an invalidated extension context ends
 * the watcher like the rest of the content script.
 */
import { ExtensionContextInvalidatedError } from '../../client/errors';
import { leanRequest } from '../../client/lean';
import { reportError } from '../fail-open';
import { IgnoredReplySchema } from '../replies';
import { OutcomeWatcher } from './watch';

export function watchOutcomes(doc: Document, signal: AbortSignal): void {
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const watcher = new OutcomeWatcher(doc, (observation) => {
    leanRequest({ type: 'recordObservation', observation }, IgnoredReplySchema).catch((error: unknown) => {
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
