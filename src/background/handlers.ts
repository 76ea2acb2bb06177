/**
 * One handler per request type. The mapped type makes a request type without a handler a type error.
 * Handlers receive requests already parsed by RequestSchema and run inside one store operation.
 */
import type { RequestOf, RequestType, ResponseData } from '../shared/schema/messages';
import { listOpenersPage } from './opener-page';
import { listFollowUps, markMessaged, recordObservation } from './outcomes/store';
import { loadPanelData } from './panel';
import { getContact, listContacts, saveContact } from './store/contacts';
import { eraseAllData } from './store/erase';
import { listInvitations, recordInvitation } from './store/invitations';
import { searchOpeners } from './store/opener-search';
import { deleteOpener, listOpeners, markOpenerUsed, restoreOpener, saveOpener } from './store/openers';
import type { StoreSession } from './store/session';
import { getSettings, saveSettings } from './store/settings';
import { getStorageStatus } from './store/status';
import { getSyncStatus } from './sync/status';
import { applyImport, exportContactsCsv, exportData, previewImport } from './transfer/handlers';
import { withUiMessages } from './ui-messages';

export type Handler<T extends RequestType> = (
  request: RequestOf<T>,
  session: StoreSession,
) => Promise<ResponseData<T>>;

export type HandlerMap = { [T in RequestType]: Handler<T> };

export const handlers: HandlerMap = {
  listOpeners: (_, session) => listOpeners(session),
  listOpenersPage: ({ limit }, session) => listOpenersPage(session, limit),
  saveOpener: ({ opener }, session) => saveOpener(session, opener),
  deleteOpener: ({ id }, session) => deleteOpener(session, id),
  restoreOpener: ({ opener }, session) => restoreOpener(session, opener),
  markOpenerUsed: ({ id }, session) => markOpenerUsed(session, id),
  getSettings: (_, session) => getSettings(session),
  saveSettings: ({ patch }, session) => saveSettings(session, patch),
  getContact: ({ slug }, session) => getContact(session, slug),
  saveContact: ({ patch }, session) => saveContact(session, patch),
  listContacts: (_, session) => listContacts(session),
  recordInvitation: ({ invitation }, session) => recordInvitation(session, invitation),
  listInvitations: (_, session) => listInvitations(session),
  getPanelData: async ({ slug, heldLanguage }, session) =>
    withUiMessages(await loadPanelData(session, slug), heldLanguage),
  exportData: (_, session) => exportData(session),
  previewImport: ({ json, mode }, session) => previewImport(session, json, mode),
  applyImport: ({ json, mode }, session) => applyImport(session, json, mode),
  exportContactsCsv: (_, session) => exportContactsCsv(session),
  recordObservation: ({ observation }, session) => recordObservation(session, observation),
  listFollowUps: (_, session) => listFollowUps(session),
  markMessaged: ({ id, messaged }, session) => markMessaged(session, id, messaged),
  searchOpeners: ({ query }, session) => searchOpeners(session, query),
  getStorageStatus: (_, session) => getStorageStatus(session),
  getSyncStatus: (_, session) => getSyncStatus(session),
  eraseAllData: ({ reseed }, session) => eraseAllData(session, reseed),
};

/** Requests only our own extension pages may make: the content script runs inside LinkedIn's page. */
export const PAGE_ONLY_REQUESTS: ReadonlySet<RequestType> = new Set([
  'exportData',
  'previewImport',
  'applyImport',
  'exportContactsCsv',
  'listFollowUps',
  'markMessaged',
  'eraseAllData',
]);
