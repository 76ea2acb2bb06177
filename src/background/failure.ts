/**
 * Errors the worker answers with. Handlers throw `WorkerFailure` for expected problems; anything else
 * is mapped here to a code and a message the UI can show as is. Messages never echo stored text.
 */
import type { ErrorCode, WorkerError } from '../shared/schema/messages';

export class WorkerFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

export const MESSAGES = {
  quota: 'Browser storage is full. Export your data, then delete old contacts or openers.',
  storage: 'Personal Touch could not read or write its saved data. Please try again.',
  readOnly:
    'Your saved data was written by a newer version of Personal Touch. Update the extension to change it; ' +
    'until then it is read-only so nothing gets lost.',
  internal: 'Something went wrong in Personal Touch. Please try again.',
} as const;

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof WorkerFailure) return { code: error.code, message: error.message };
  if (isQuotaError(error)) return { code: 'quota-exceeded', message: MESSAGES.quota };
  return { code: 'internal', message: MESSAGES.internal };
}

/** Wraps a storage call so its failures surface as storage errors, not as generic ones. */
export async function storageCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkerFailure) throw error;
    if (isQuotaError(error)) throw new WorkerFailure('quota-exceeded', MESSAGES.quota);
    throw new WorkerFailure('storage-failed', MESSAGES.storage);
  }
}
