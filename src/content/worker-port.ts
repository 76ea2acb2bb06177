/**
 * The content script's view of the worker. When the extension context is invalidated (the extension was
 * updated or reloaded under a running page) this copy ends quietly: `onInvalidated` tears everything down.
 */
import { createWorkerApi, createWorkerClient, ExtensionContextInvalidatedError } from '../client';
import type { ContentWorker } from './controller';

export function createContentWorker(onInvalidated: () => void): ContentWorker {
  const api = createWorkerApi(createWorkerClient());
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ExtensionContextInvalidatedError) onInvalidated();
      throw error;
    }
  };
  return {
    panelData: (slug) => guard(() => api.getPanelData(slug)),
    recordInvitation: async (invitation) => {
      await guard(() => api.recordInvitation(invitation));
    },
    markOpenerUsed: async (id) => {
      await guard(() => api.markOpenerUsed(id));
    },
    saveContact: (patch) => guard(() => api.saveContact(patch)),
  };
}
