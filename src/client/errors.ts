/** Errors the worker client throws. Both carry messages that can be shown to the user as they are. */
import type { ErrorCode } from '../shared/schema/messages';

/** `bad-reply`: the worker answered something that does not match the contract (or nothing at all). */
export type ClientErrorCode = ErrorCode | 'bad-reply';

export class WorkerRequestError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerRequestError';
  }
}

/**
 * The extension was reloaded, updated or removed while this page kept running: its runtime is gone.
 * A content script should stop quietly; a reload of the page brings the new version.
 */
export class ExtensionContextInvalidatedError extends Error {
  constructor() {
    super('Personal Touch was updated or reloaded. Reload this page to keep using it.');
    this.name = 'ExtensionContextInvalidatedError';
  }
}

export function isContextInvalidated(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(text);
}
