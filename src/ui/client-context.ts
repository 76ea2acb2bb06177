/**
 * The UI's view of the background worker. Components depend on this small interface instead of the
 * real client so tests can hand them an in-memory fake; only the page entry points wire the real one.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ListRequestType } from '../client/worker-client';
import type { RequestOf, RequestType, ResponseData } from '../shared/schema/messages';
import { strings } from './strings';

export interface Client {
  /** Resolves with the reply's data, or rejects with an error whose `message` is fit to show. */
  request<T extends RequestType>(req: RequestOf<T>): Promise<ResponseData<T>>;
  /** A long list, parsed a slice at a time so the page keeps answering input; optional for test fakes. */
  requestInSlices?<T extends ListRequestType>(req: RequestOf<T>): Promise<ResponseData<T>>;
}

/** A long list without one long parse where the client can do that (see requestInSlices). */
export function requestList<T extends ListRequestType>(
  client: Client,
  req: RequestOf<T>,
): Promise<ResponseData<T>> {
  return client.requestInSlices ? client.requestInSlices(req) : client.request(req);
}

export const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientContext value={client}> above it');
  return client;
}

/** Errors from the worker client whose messages are written for people (see src/client/errors.ts). */
const USER_FACING_ERRORS = new Set(['WorkerRequestError', 'ExtensionContextInvalidatedError']);

/** A message fit to show: the client's own sentence, or a generic one instead of a stack trace. */
export function userMessage(error: unknown): string {
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name) && error.message) return error.message;
  return strings.common.unexpectedError;
}
