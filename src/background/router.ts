/**
 * The single message entry point. It checks the sender, parses the request, dispatches to its handler
 * inside one store operation and always resolves an envelope: nothing is thrown across the wire.
 * Logs carry the request type and error code only, never note or opener text.
 */
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod/mini';
import { type Envelope, type Request, RequestSchema } from '../shared/schema/messages';
import { toWorkerError } from './failure';
import { type HandlerMap, handlers, PAGE_ONLY_REQUESTS } from './handlers';
import { type Self, senderKind } from './sender';
import type { Store } from './store';
import type { StoreSession } from './store/session';

const FORBIDDEN = 'This sender may not use Personal Touch.';
const PAGE_ONLY = 'Open the Personal Touch options page to import or export your data.';

export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<Envelope<unknown>>;

function describeBadRequest(message: unknown, error: z.core.$ZodError): string {
  const type =
    typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  const where = error.issues[0]?.path.join('.') || 'type';
  return `Personal Touch did not understand a request${typeof type === 'string' ? ` (${type.slice(0, 40)})` : ''}: check ${where}.`;
}

function dispatch(map: HandlerMap, request: Request, session: StoreSession): Promise<unknown> {
  // TypeScript cannot relate `request` to `map[request.type]`; the mapped type guarantees they match.
  const handler = map[request.type] as (request: Request, session: StoreSession) => Promise<unknown>;
  return handler(request, session);
}

export function createRouter(store: Store, self: () => Self, map: HandlerMap = handlers): MessageHandler {
  return async (message, sender) => {
    const kind = senderKind(sender, self());
    if (!kind) return { ok: false, error: { code: 'forbidden-sender', message: FORBIDDEN } };
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'bad-request', message: describeBadRequest(message, parsed.error) },
      };
    }
    if (kind === 'content' && PAGE_ONLY_REQUESTS.has(parsed.data.type)) {
      return { ok: false, error: { code: 'forbidden-sender', message: PAGE_ONLY } };
    }
    try {
      const data = await store.run((session) => dispatch(map, parsed.data, session));
      return { ok: true, data };
    } catch (error) {
      const workerError = toWorkerError(error);
      console.warn('[personal-touch] request failed', { type: parsed.data.type, code: workerError.code });
      return { ok: false, error: workerError };
    }
  };
}
