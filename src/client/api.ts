/** Typed convenience wrappers over `WorkerClient.request`, one per common call. */
import type {
  ContactPatch,
  InvitationDraft,
  Opener,
  OpenerDraft,
  SettingsPatch,
} from '../shared/schema/stored';
import type { WorkerClient } from './worker-client';

export function createWorkerApi(client: WorkerClient) {
  return {
    listOpeners: () => client.request({ type: 'listOpeners' }),
    saveOpener: (opener: OpenerDraft) => client.request({ type: 'saveOpener', opener }),
    deleteOpener: (id: string) => client.request({ type: 'deleteOpener', id }),
    restoreOpener: (opener: Opener) => client.request({ type: 'restoreOpener', opener }),
    markOpenerUsed: (id: string) => client.request({ type: 'markOpenerUsed', id }),
    getSettings: () => client.request({ type: 'getSettings' }),
    saveSettings: (patch: SettingsPatch) => client.request({ type: 'saveSettings', patch }),
    getContact: (slug: string) => client.request({ type: 'getContact', slug }),
    saveContact: (patch: ContactPatch) => client.request({ type: 'saveContact', patch }),
    listContacts: () => client.request({ type: 'listContacts' }),
    recordInvitation: (invitation: InvitationDraft) =>
      client.request({ type: 'recordInvitation', invitation }),
    listInvitations: () => client.request({ type: 'listInvitations' }),
    getPanelData: (slug?: string) =>
      client.request(slug === undefined ? { type: 'getPanelData' } : { type: 'getPanelData', slug }),
    searchOpeners: (query: string) => client.request({ type: 'searchOpeners', query }),
    getStorageStatus: () => client.request({ type: 'getStorageStatus' }),
    getSyncStatus: () => client.request({ type: 'getSyncStatus' }),
    eraseAllData: (reseed: boolean) => client.request({ type: 'eraseAllData', reseed }),
  };
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;
