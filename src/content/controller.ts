/**
 * Watches LinkedIn's dialog homes and runs one DialogSession per dialog step. Observation is narrow on
 * purpose (LinkedIn's feed churns thousands of nodes a second): the body's direct children, the modal
 * outlet's subtree, and the interop outlet's open shadow root. MutationObserver callbacks run before the
 * next paint, so a panel mounted there appears in the same frame as the dialog.
 */
import type { ContactPatch, InvitationDraft } from '../shared/schema/stored';
import { DirectConnectGuard } from './direct-connect';
import { safely } from './fail-open';
import { dialogRecipientName, findInviteDialogs, type InviteDialog } from './linkedin/dialog';
import { readProfileFacts } from './linkedin/profile-facts';
import {
  connectControlFrom,
  type InviteTrigger,
  pageSlug,
  type Recipient,
  recipientFromControl,
  recipientFromPage,
  resolveRecipient,
} from './linkedin/recipient';
import { css } from './linkedin/selectors';
import { PageWatch } from './navigation';
import type { ContentContact as Contact, ContentPanelData as PanelData } from './replies';
import { DialogSession } from './session';
import { openerValues } from './values';

export interface ContentWorker {
  /** False once the extension was updated or reloaded under this page (this copy then ends). */
  alive: () => boolean;
  panelData: (slug?: string) => Promise<PanelData>;
  recordInvitation: (invitation: InvitationDraft) => Promise<void>;
  markOpenerUsed: (id: string) => Promise<void>;
  saveContact: (patch: ContactPatch) => Promise<Contact>;
}

const TRIGGER_TTL_MS = 5 * 60_000;
const OUTLET_OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

interface InviteFlow {
  recipient: Recipient;
  data?: PanelData;
  carry: { noteText?: string };
}

export class DialogController {
  private readonly sessions = new Map<HTMLElement, DialogSession>();
  private readonly observed = new WeakSet<Node>();
  private readonly outletObserver = new MutationObserver(() => this.sync());
  private trigger: InviteTrigger | undefined;
  private flow: InviteFlow | undefined;
  private pageData: PanelData | undefined;
  /** Dialogs open when the user navigated in-app: LinkedIn is closing them; they get no new panel. */
  private readonly left = new WeakSet<HTMLElement>();
  private page: PageWatch | undefined;
  private directConnect: DirectConnectGuard | undefined;

  constructor(
    private readonly doc: Document,
    private readonly worker: ContentWorker,
    private readonly signal: AbortSignal,
  ) {}

  /** For the keyboard command (see command.ts): focuses the opener picker of an open note step. */
  focusOpenerPicker(): boolean {
    return [...this.sessions.values()].some((session) => session.focusOpeners());
  }

  start(): void {
    const bodyObserver = new MutationObserver(() => this.observeOutlets());
    bodyObserver.observe(this.doc.body, { childList: true });
    this.signal.addEventListener('abort', () => {
      bodyObserver.disconnect();
      this.outletObserver.disconnect();
      for (const session of this.sessions.values()) session.stop();
      this.sessions.clear();
    });
    this.doc.addEventListener(
      'click',
      (event) => safely('trigger', () => this.noteTrigger(event), undefined),
      {
        capture: true,
        signal: this.signal,
      },
    );
    this.worker.panelData().then(
      (data) => (this.pageData = data),
      () => undefined,
    );
    this.page = new PageWatch(() => this.leavePage(), this.signal);
    this.directConnect = new DirectConnectGuard(this.doc, () => this.pageData?.settings, this.signal);
    this.directConnect.start();
    this.observeOutlets();
  }

  /** In-app navigation: every session ends with the page it belonged to; its dialogs get no new panel. */
  private leavePage(): void {
    for (const [element, session] of this.sessions) {
      session.stop();
      this.left.add(element);
    }
    this.sessions.clear();
    this.flow = undefined;
  }

  /** Observes outlets that exist now; called again whenever the body's children change. */
  private observeOutlets(): void {
    safely(
      'observe',
      () => {
        const outlets = [...this.doc.querySelectorAll(css('modalOutlet'))];
        const interop = this.doc.querySelector(css('interopOutlet'))?.shadowRoot;
        for (const target of [...outlets, interop]) {
          if (target && !this.observed.has(target)) {
            this.observed.add(target);
            this.outletObserver.observe(target, OUTLET_OBSERVE);
          }
        }
        this.sync();
      },
      undefined,
    );
  }

  private noteTrigger(event: Event): void {
    const control = connectControlFrom(event.target);
    if (control) this.trigger = { ...recipientFromControl(control, location), at: Date.now() };
  }

  /** Starts and stops sessions so that exactly one runs per open invite dialog step. */
  sync(): void {
    safely(
      'sync',
      () => {
        if (!this.worker.alive()) return;
        this.page?.check();
        const dialogs = findInviteDialogs(this.doc).filter((d) => !this.left.has(d.element));
        for (const [element, session] of this.sessions) {
          const current = dialogs.find((d) => d.element === element);
          if (!current || current.step !== session.step || !element.isConnected) {
            session.stop();
            this.sessions.delete(element);
          }
        }
        if (dialogs.length === 0) this.flow = undefined;
        else this.directConnect?.noteDialog();
        for (const dialog of dialogs) {
          const existing = this.sessions.get(dialog.element);
          if (existing) existing.refresh();
          else this.sessions.set(dialog.element, this.startSession(dialog));
        }
      },
      undefined,
    );
  }

  private startSession(dialog: InviteDialog): DialogSession {
    const flow = this.flowFor(dialog);
    const onProfile = flow.recipient.slug !== undefined && flow.recipient.slug === pageSlug(location);
    const facts = onProfile ? readProfileFacts(this.doc) : {};
    return new DialogSession({
      dialog,
      recipient: flow.recipient,
      surface: location.pathname.split('/')[1] || 'unknown',
      data: () => flow.data ?? this.pageData,
      values: (contact) =>
        openerValues(flow.recipient, facts, contact, (flow.data ?? this.pageData)?.settings),
      saveContact: async (patch) => {
        const saved = await this.worker.saveContact(patch);
        if (flow.data) flow.data = { ...flow.data, contact: saved }; // the flow's next step sees it
        return saved;
      },
      record: (invitation) => void this.worker.recordInvitation(invitation).catch(() => undefined),
      markOpenerUsed: (id) => void this.worker.markOpenerUsed(id).catch(() => undefined),
      carry: flow.carry,
    });
  }

  /** The invite flow (gate, then note) shares one recipient and one load of the contact's data. */
  private flowFor(dialog: InviteDialog): InviteFlow {
    const dialogName = dialogRecipientName(dialog.element);
    if (this.flow) {
      if (dialogName && !this.flow.recipient.name)
        this.flow.recipient = { ...this.flow.recipient, name: dialogName };
      return this.flow;
    }
    const recentTrigger =
      this.trigger && Date.now() - this.trigger.at < TRIGGER_TTL_MS ? this.trigger : undefined;
    this.trigger = undefined;
    const recipient = resolveRecipient(recentTrigger, recipientFromPage(this.doc, location), dialogName);
    const flow: InviteFlow = { recipient, carry: {} };
    this.flow = flow;
    this.worker.panelData(recipient.slug).then(
      (data) => {
        flow.data = data;
        this.sync();
      },
      () => undefined,
    );
    return flow;
  }
}
