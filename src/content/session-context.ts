/**
 * What a dialog session is given by the controller: the dialog step, who it is for, the worker's data
 * for them, and how to save what the user does. Kept apart so the session's parts can share it.
 */
import type { OpenerValues } from '../shared/rules/types';
import type { ContactPatch, InvitationDraft } from '../shared/schema/stored';
import type { InviteDialog } from './linkedin/dialog';
import type { Recipient } from './linkedin/recipient';
import type { ContentContact as Contact, ContentPanelData as PanelData } from './replies';

export interface SessionContext {
  dialog: InviteDialog;
  recipient: Recipient;
  surface: string;
  data: () => PanelData | undefined;
  values: (contact: Contact | null) => OpenerValues;
  record: (invitation: InvitationDraft) => void;
  /** Saves the user's notes on this contact; resolves to the stored contact. */
  saveContact: (patch: ContactPatch) => Promise<Contact>;
  markOpenerUsed: (id: string) => void;
  /** Shared by the flow's steps: the note typed on an earlier step, to offer as the after-accept note. */
  carry: { noteText?: string };
}
