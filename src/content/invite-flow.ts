/**
 * Who an invite flow is for. The Connect click that opened the dialog names the person (its slug); the
 * flow's steps (gate, then note) share that recipient, one load of the contact's data, and what was typed.
 */
import { dialogRecipientName, type InviteDialog } from './linkedin/dialog';
import {
  connectControlFrom,
  type InviteTrigger,
  type Recipient,
  recipientFromControl,
  recipientFromPage,
  resolveRecipient,
} from './linkedin/recipient';
import type { ContentPanelData as PanelData } from './replies';

/** A Connect click older than this did not open the dialog now appearing. */
const TRIGGER_TTL_MS = 5 * 60_000;

export interface InviteFlow {
  recipient: Recipient;
  data?: PanelData;
  carry: { noteText?: string };
}

export class InviteFlows {
  #trigger: InviteTrigger | undefined;
  #current: InviteFlow | undefined;
  readonly #doc: Document;
  readonly #panelData: (slug?: string) => Promise<PanelData>;
  readonly #onData: () => void;

  /** `panelData` loads the recipient's data; `onData` runs once it arrives. */
  constructor(doc: Document, panelData: (slug?: string) => Promise<PanelData>, onData: () => void) {
    this.#doc = doc;
    this.#panelData = panelData;
    this.#onData = onData;
  }

  /** A click anywhere: remembers a Connect control's person for the dialog it may open. */
  noteTrigger(event: Event): void {
    const control = connectControlFrom(event.target);
    if (control) this.#trigger = { ...recipientFromControl(control, location), at: Date.now() };
  }

  /** The flow is over (its dialogs closed, or the page changed). */
  end(): void {
    this.#current = undefined;
  }

  /** The current flow, or a new one for this dialog's recipient. */
  flowFor(dialog: InviteDialog): InviteFlow {
    const dialogName = dialogRecipientName(dialog.element);
    const current = this.#current;
    if (current) {
      if (dialogName && !current.recipient.name)
        current.recipient = { ...current.recipient, name: dialogName };
      return current;
    }
    const trigger = this.#trigger;
    const recentTrigger = trigger && Date.now() - trigger.at < TRIGGER_TTL_MS ? trigger : undefined;
    this.#trigger = undefined;
    const recipient = resolveRecipient(recentTrigger, recipientFromPage(this.#doc, location), dialogName);
    const flow: InviteFlow = { recipient, carry: {} };
    this.#current = flow;
    this.#panelData(recipient.slug).then(
      (data) => {
        flow.data = data;
        this.#onData();
      },
      () => undefined,
    );
    return flow;
  }
}
