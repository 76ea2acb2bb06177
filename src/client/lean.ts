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

/**
 * The envelope as one object rather than the contract's union of two shapes: the checks the content
 * script needs, without bundling z.union (about 1 KB on every LinkedIn page).
 */
const LeanEnvelopeSchema = z.object({
  ok: z.boolean(),
  data: z.unknown(),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
});

/** Sends `request` and parses the reply's data with `schema`; errors as the full client throws them. */
export async function leanRequest<T extends RequestType, S extends z.ZodMiniType>(
  request: RequestOf<T>,
  schema: S,
  transport: Transport = leanTransport,
): Promise<z.infer<S>> {
  const envelope = LeanEnvelopeSchema.safeParse(await send(transport, request));
  if (!envelope.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  const { ok, data: payload, error } = envelope.data;
  if (!ok)
    throw error
      ? new WorkerRequestError('internal', error.message)
      : new WorkerRequestError('bad-reply', NO_ANSWER);
  const data = schema.safeParse(payload);
  if (!data.success) throw new WorkerRequestError('bad-reply', NO_ANSWER);
  return data.data;
}
