/**
 * The content script's way to the worker, without webextension-polyfill and without the full message
 * contract's schemas (both would triple the script LinkedIn's pages load). MV3 `chrome.runtime.sendMessage`
 * returns a Promise in Chrome, and Firefox has `browser.*` natively. The caller passes the smallest schema
 * that validates what it uses from the reply; the envelope is always parsed.
 */
import { z } from 'zod/mini';
import type { RequestOf, RequestType } from '../shared/schema/messages';
import { WorkerRequestError } from './errors';
import { NO_ANSWER, send, type Transport } from './send';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): Runtime | undefined {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

export const leanTransport: Transport = {
  runtimeId: () => {
    try {
      return runtime()?.id;
    } catch {
      return undefined; // Firefox throws on access once the context is dead.
    }
  },
  sendMessage: (message) => {
    const target = runtime();
    return target ? target.sendMessage(message) : Promise.reject(new Error('Extension context invalidated.'));
  },
};

const LeanEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/** Sends `request` and parses the reply's data with `schema`; errors as the full client throws them. */
export async function leanRequest<T extends RequestType, S extends z.ZodMiniType>(
  request: RequestOf<T>,
  schema: S,
  transport: Transport = leanTransport,
): Promise<z.infer<S>> {
  const envelope = LeanEnvelopeSchema.safeParse(await send(transport, request));
  if (!envelope.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  if (!envelope.data.ok) throw new WorkerRequestError('internal', envelope.data.error.message);
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  return data.data;
}
