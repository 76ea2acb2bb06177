/** The worker client: the one way UIs and the content script reach the background worker. */
export { createWorkerApi, type WorkerApi } from './api';
export {
  type ClientErrorCode,
  ExtensionContextInvalidatedError,
  isContextInvalidated,
  WorkerRequestError,
} from './errors';
export { browserTransport, createWorkerClient, type Transport, type WorkerClient } from './worker-client';
