/**
 * The adapter the extension's pages use to talk to the background worker (over lean.ts's polyfill-free
 * transport, as the content script does); with it, the only modules outside background/ that touch `browser.runtime`. Replies are parsed twice: the envelope, then the
 * per-type response schema, so drift between the worker and a UI surfaces as a typed error.
 */
import type { z } from 'zod/mini';
import {
  EnvelopeSchema,
  type RequestOf,
  type RequestType,
  type ResponseData,
  ResponseDataSchemas,
} from '../shared/schema/messages';
import { WorkerRequestError } from './errors';
import { leanTransport } from './lean';
import { NO_ANSWER, send, type Transport } from './send';
import { parseInSlices } from './slices';

/** Request types whose reply is a list, which `requestInSlices` can parse a slice at a time. */
export type ListRequestType = {
  [T in RequestType]: ResponseData<T> extends readonly unknown[] ? T : never;
}[RequestType];

export interface WorkerClient {
  request<T extends RequestType>(request: RequestOf<T>): Promise<ResponseData<T>>;
  /** The same reply as `request`, its items parsed a slice at a time so the page stays responsive. */
  requestInSlices<T extends ListRequestType>(request: RequestOf<T>): Promise<ResponseData<T>>;
}

export type { Transport } from './send';

// Native `chrome.runtime` / `browser.runtime` (MV3 sendMessage returns a Promise in both): the popup's
// first render then neither downloads nor evaluates webextension-polyfill.
export const browserTransport: Transport = leanTransport;

/** The reply's data, still unparsed; throws the worker's error as the client's. */
function openEnvelope(reply: unknown): unknown {
  const envelope = EnvelopeSchema.safeParse(reply);
  if (!envelope.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  if (!envelope.data.ok) throw new WorkerRequestError(envelope.data.error.code, envelope.data.error.message);
  return envelope.data.data;
}

function unwrap<T extends RequestType>(type: T, reply: unknown): ResponseData<T> {
  const data = ResponseDataSchemas[type].safeParse(openEnvelope(reply));
  if (!data.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  return data.data as ResponseData<T>;
}

async function unwrapInSlices<T extends ListRequestType>(type: T, reply: unknown): Promise<ResponseData<T>> {
  const item = (ResponseDataSchemas[type] as z.ZodMiniArray)._zod.def.element;
  const list = await parseInSlices(openEnvelope(reply), item);
  if (!list) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  return list as ResponseData<T>;
}

export function createWorkerClient(transport: Transport = browserTransport): WorkerClient {
  return {
    async request(request) {
      return unwrap(request.type, await send(transport, request));
    },
    async requestInSlices<T extends ListRequestType>(request: RequestOf<T>) {
      // RequestOf<T> of a generic T hides `type` from TypeScript; every request has one.
      const { type } = request as { type: T };
      return unwrapInSlices(type, await send(transport, request));
    },
  };
}
