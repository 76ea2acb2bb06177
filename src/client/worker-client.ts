/**
 * The adapter the extension's pages use to talk to the background worker (the content script uses the
 * polyfill-free `lean.ts`); with it, the only modules outside background/ that touch `browser.runtime`. Replies are parsed twice: the envelope, then the
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
import { WorkerRequestError } from './errors';
import { NO_ANSWER, send, type Transport } from './send';

export interface WorkerClient {
  request<T extends RequestType>(request: RequestOf<T>): Promise<ResponseData<T>>;
}

export type { Transport } from './send';

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
