/**
 * Sending one request over a transport, shared by the full client (popup, options) and the lean client
 * (content script). Kept free of webextension-polyfill so the content script does not bundle it.
 */
import { ExtensionContextInvalidatedError, isContextInvalidated, WorkerRequestError } from './errors';

/** The transport, replaceable in tests. */
export interface Transport {
  runtimeId(): string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
}

export const NO_ANSWER =
  "Personal Touch's background worker did not answer properly. Reload the page and try again.";
const RETRY_DELAY_MS = 150;

// While the worker restarts (e.g. right after an update) Chrome may briefly have no receiver.
const isNoReceiver = (error: unknown): boolean =>
  /receiving end does not exist|could not establish connection/i.test(
    error instanceof Error ? error.message : '',
  );

export async function send(transport: Transport, message: unknown, retries = 1): Promise<unknown> {
  if (!transport.runtimeId()) throw new ExtensionContextInvalidatedError();
  try {
    return await transport.sendMessage(message);
  } catch (error) {
    if (isContextInvalidated(error) || !transport.runtimeId()) throw new ExtensionContextInvalidatedError();
    if (retries > 0 && isNoReceiver(error)) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      return send(transport, message, retries - 1);
    }
    throw new WorkerRequestError('internal', NO_ANSWER);
  }
}
