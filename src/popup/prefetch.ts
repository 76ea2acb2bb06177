/**
 * Starts a read before the UI exists, so its worker round trip overlaps the others made at start-up
 * (settings, language) instead of following them. The first matching request takes the reply;
 * any other request first drops it, so a write can never be followed by a list read before it.
 */

import type { RequestOf, RequestType, ResponseData } from '../shared/schema/messages';
import type { Client } from '../ui/client-context';

export function prefetching<T extends RequestType>(client: Client, request: RequestOf<T>): Client {
  let pending: Promise<ResponseData<T>> | null = client.request(request);
  // The consumer handles a failure; until then it must not surface as an unhandled rejection.
  pending.catch(() => undefined);
  const wrapped: Client = {
    request(req) {
      const early = pending;
      pending = null;
      if (early && (req.type as RequestType) === request.type) return early as Promise<never>;
      return client.request(req);
    },
  };
  const inSlices = client.requestInSlices?.bind(client);
  if (inSlices) {
    wrapped.requestInSlices = (req) => {
      pending = null;
      return inSlices(req);
    };
  }
  return wrapped;
}
