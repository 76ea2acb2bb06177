/**
 * Runs one DialogSession per invite dialog step: where dialogs appear is watched by dialog-homes.ts,
 * who a flow is for by invite-flow.ts. Sessions end when their dialog closes or changes step, on in-app
 * navigation, and when this copy of the extension ends (its signal).
 */
import type { ContactPatch, InvitationDraft } from '../shared/schema/stored';
import { watchDialogHomes } from './dialog-homes';
import { DirectConnectGuard } from './direct-connect';
import { safely } from './fail-open';
import { InviteFlows } from './invite-flow';
import { findInviteDialogs, type InviteDialog } from './linkedin/dialog';
import { readProfileFacts } from './linkedin/profile-facts';
import { pageSlug } from './linkedin/recipient';
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

export class DialogController {
  private readonly sessions = new Map<HTMLElement, DialogSession>();
  private readonly flows: InviteFlows;
  private pageData: PanelData | undefined;
  /** Dialogs open when the user navigated in-app: LinkedIn is closing them; they get no new panel. */
  private readonly left = new WeakSet<HTMLElement>();
  private page: PageWatch | undefined;
  private directConnect: DirectConnectGuard | undefined;

  constructor(
    private readonly doc: Document,
    private readonly worker: ContentWorker,
    private readonly signal: AbortSignal,
  ) {
    this.flows = new InviteFlows(
      doc,
      (slug) => worker.panelData(slug),
      () => this.sync(),
    );
  }

  /** For the keyboard command (see command.ts): focuses the opener picker of an open note step. */
  focusOpenerPicker(): boolean {
    return [...this.sessions.values()].some((session) => session.focusOpeners());
  }

  start(): void {
    this.signal.addEventListener('abort', () => {
      for (const session of this.sessions.values()) session.stop();
      this.sessions.clear();
    });
    this.doc.addEventListener(
      'click',
      (event) => safely('trigger', () => this.flows.noteTrigger(event), undefined),
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
    watchDialogHomes(this.doc, () => this.sync(), this.signal);
  }

  /** In-app navigation: every session ends with the page it belonged to; its dialogs get no new panel. */
  private leavePage(): void {
    for (const [element, session] of this.sessions) {
      session.stop();
      this.left.add(element);
    }
    this.sessions.clear();
    this.flows.end();
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
        if (dialogs.length === 0) this.flows.end();
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
    const flow = this.flows.flowFor(dialog);
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
}
