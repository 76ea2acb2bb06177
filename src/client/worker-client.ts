/**
 * The adapter every UI and the content script use to talk to the background worker. The only module
 * outside background/ that touches `browser.runtime`. Replies are parsed twice: the envelope, then the
 * per-type response schema, so drift between the worker and a UI surfaces as a typed error.
 */
import browser from 'webextension-polyfill';
import {
  EnvelopeSchema,
  type RequestOf,
  type RequestType,
  type ResponseData,
  ResponseDataSchemas,
} from '../shared/schema/messages';
import { ExtensionContextInvalidatedError, isContextInvalidated, WorkerRequestError } from './errors';

export interface WorkerClient {
  request<T extends RequestType>(request: RequestOf<T>): Promise<ResponseData<T>>;
}

/** The transport, replaceable in tests. Defaults to `browser.runtime`. */
export interface Transport {
  runtimeId(): string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
}

export const browserTransport: Transport = {
  runtimeId: () => {
    try {
      return browser.runtime?.id;
    } catch {
      return undefined; // Firefox throws on access once the context is dead.
    }
  },
  sendMessage: (message) => browser.runtime.sendMessage(message),
};

const NO_ANSWER =
  "Personal Touch's background worker did not answer properly. Reload the page and try again.";
const RETRY_DELAY_MS = 150;

// While the worker restarts (e.g. right after an update) Chrome may briefly have no receiver.
const isNoReceiver = (error: unknown): boolean =>
  /receiving end does not exist|could not establish connection/i.test(
    error instanceof Error ? error.message : '',
  );

async function send(transport: Transport, message: unknown, retries = 1): Promise<unknown> {
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

function unwrap<T extends RequestType>(type: T, reply: unknown): ResponseData<T> {
  const envelope = EnvelopeSchema.safeParse(reply);
  if (!envelope.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  if (!envelope.data.ok) throw new WorkerRequestError(envelope.data.error.code, envelope.data.error.message);
  const data = ResponseDataSchemas[type].safeParse(envelope.data.data);
  if (!data.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  return data.data as ResponseData<T>;
}

export function createWorkerClient(transport: Transport = browserTransport): WorkerClient {
  return {
    async request(request) {
      return unwrap(request.type, await send(transport, request));
    },
  };
}
