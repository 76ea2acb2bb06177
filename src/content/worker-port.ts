/**
 * The content script's view of the worker. When the extension context is invalidated (the extension was
 * updated or reloaded under a running page) this copy ends quietly: `onInvalidated` tears everything down.
 */
import { ExtensionContextInvalidatedError } from '../client/errors';
import { leanRequest, leanTransport } from '../client/lean';
import type { ContentWorker } from './controller';
import { followUiLanguage, heldLanguage } from './i18n';
import { ContentContactSchema, ContentPanelDataSchema, IgnoredReplySchema } from './replies';

export function createContentWorker(onInvalidated: () => void): ContentWorker {
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ExtensionContextInvalidatedError) onInvalidated();
      throw error;
    }
  };
  return {
    alive: () => {
      if (leanTransport.runtimeId() !== undefined) return true;
      onInvalidated(); // updated or reloaded under this page: end quietly
      return false;
    },
    panelData: (slug) =>
      guard(async () => {
        const request = { type: 'getPanelData', heldLanguage: heldLanguage() } as const;
        const data = await leanRequest(
          slug === undefined ? request : { ...request, slug },
          ContentPanelDataSchema,
        );
        followUiLanguage(data); // before any panel renders with this data
        return data;
      }),
    recordInvitation: async (invitation) => {
      await guard(() => leanRequest({ type: 'recordInvitation', invitation }, IgnoredReplySchema));
    },
    markOpenerUsed: async (id) => {
      await guard(() => leanRequest({ type: 'markOpenerUsed', id }, IgnoredReplySchema));
    },
    saveContact: (patch) => guard(() => leanRequest({ type: 'saveContact', patch }, ContentContactSchema)),
  };
}
