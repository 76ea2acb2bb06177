/**
 * One appearance of an invite dialog step, from mount to teardown (an AbortSignal owns every listener,
 * the panel and its host). It renders the panel, keeps the counter live, inserts openers and guards Send.
 */
import { h, render } from 'preact';
import { checkNote, noteFingerprint, noteLength, renderOpener } from '../shared/rules';
import type { NoteReport, OpenerValues } from '../shared/rules/types';
import type { ContactPatch, InvitationDraft } from '../shared/schema/stored';
import { AfterAcceptDraft } from './after-accept';
import { ContactDraft } from './contact-draft';
import { faultPoint, reportError, safely } from './fail-open';
import { blockingFindings, heldMessage, NO_NOTE_MESSAGE } from './guard';
import { text } from './i18n';
import { insertOpener } from './insert-opener';
import { type InviteDialog, noteField, noteLimit, panelAnchor, sendButton } from './linkedin/dialog';
import type { Recipient } from './linkedin/recipient';
import { createPanelHost, type PanelHost } from './panel/mount';
import { type HeldSend, type NoteField, Panel } from './panel/Panel';
import type {
  ContentContact as Contact,
  ContentOpener as Opener,
  ContentPanelData as PanelData,
} from './replies';
import { SendGuard } from './send-guard';
import { notesUsedUp, readSituation } from './situation';
import { recipientFacts } from './values';

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

export class DialogSession {
  private readonly abort = new AbortController();
  private panel: PanelHost | undefined;
  private container: HTMLElement | undefined;
  private held: HeldSend | undefined;
  private notice: string | undefined;
  private readonly guard: SendGuard;
  private lastOpenerId: string | undefined;
  private readonly notes: ContactDraft | undefined;
  private afterAccept: AfterAcceptDraft | undefined;

  constructor(private readonly ctx: SessionContext) {
    this.guard = new SendGuard(
      {
        sendButton: () => sendButton(this.element, this.step),
        holdReason: () => this.holdReason(),
        held: (message) => {
          this.held = { message };
          this.refresh();
        },
        sent: () => this.recordSend(),
      },
      this.abort.signal,
    );
    // input: the counter; change and click: choices that show or hide fields (e-mail, "Other").
    for (const type of ['input', 'change', 'click'] as const) {
      this.element.addEventListener(type, () => safely('counter', () => this.refresh(), undefined), {
        signal: this.abort.signal,
      });
    }
    const { slug, name } = ctx.recipient;
    if (slug) {
      this.notes = new ContactDraft(
        slug,
        name,
        () => this.ctx.data()?.contact ?? null,
        (patch) => this.ctx.saveContact(patch),
        () => this.abort.signal.aborted || this.refresh(),
      );
    }
    this.abort.signal.addEventListener('abort', () => this.notes?.flush(), { once: true });
    this.refresh();
  }

  get element(): HTMLElement {
    return this.ctx.dialog.element;
  }

  get step(): InviteDialog['step'] {
    return this.ctx.dialog.step;
  }

  stop(): void {
    this.abort.abort();
  }

  /** For the keyboard command: focuses the "Opener" listbox on a note step (false if there is none). */
  focusOpeners(): boolean {
    const list =
      this.step === 'note' ? this.panel?.root.querySelector<HTMLElement>('[role="listbox"]') : null;
    list?.focus();
    return Boolean(list);
  }

  /** Re-renders the panel, and remounts it if LinkedIn re-rendered the dialog's content without it. */
  refresh(): void {
    try {
      if (!this.panel?.host.isConnected) this.mount();
      faultPoint('render');
      if (this.container) render(h(Panel, this.panelProps()), this.container);
    } catch (error) {
      reportError('panel', error);
      this.stop(); // a broken panel is removed; LinkedIn's dialog stays as it is
    }
  }

  private mount(): void {
    this.panel?.host.remove();
    this.panel = createPanelHost(this.element.ownerDocument, this.abort.signal);
    this.container = this.element.ownerDocument.createElement('div');
    this.panel.root.append(this.container);
    const { parent, before } = panelAnchor(this.element, this.step);
    parent.insertBefore(this.panel.host, before);
  }

  private get limit(): number {
    const override = this.ctx.data()?.settings.limitOverride ?? 'auto';
    return override === 'auto' ? noteLimit(this.element) : Number(override);
  }

  private noteText(): string {
    return noteField(this.element)?.value ?? '';
  }

  private check(text: string): NoteReport {
    const data = this.ctx.data();
    return checkNote(text, {
      limit: this.limit,
      recipient: recipientFacts(this.values()),
      recentFingerprints: data?.recentFingerprints ?? [],
      customPhrases: data?.settings.customPhrases ?? [],
      ...(data?.settings.myName ? { senderName: data.settings.myName } : {}),
    });
  }

  private panelProps() {
    const report = this.step === 'note' ? this.check(this.noteText()) : undefined;
    if (this.step === 'note') this.ctx.carry.noteText = this.noteText();
    const situation = readSituation({
      dialog: this.ctx.dialog,
      name: this.ctx.recipient.name ?? text.thisPerson,
      sentThisMonth: this.ctx.data()?.personalisedThisMonth ?? 0,
      afterAccept: this.ctx.recipient.slug ? () => this.afterAcceptDraft().props() : undefined,
    });
    const values = this.values();
    const openers = (this.ctx.data()?.openers ?? []).map((opener: Opener) => {
      const rendered = renderOpener(opener.body, values);
      return { id: opener.id, title: opener.title, preview: rendered.ok ? rendered.text : opener.body };
    });
    const { name } = this.ctx.recipient;
    return {
      step: this.step,
      ...(name ? { recipientName: name } : {}),
      length: report?.length ?? 0,
      limit: report?.limit ?? this.limit,
      findings: report?.findings ?? [],
      openers,
      ...(this.notice ? { notice: this.notice } : {}),
      ...(this.held ? { held: this.held } : {}),
      ...this.notesProps(),
      ...(situation ? { situation } : {}),
      onChooseOpener: (id: string) => safely('opener', () => this.chooseOpener(id), undefined),
      onSendAnyway: () => safely('send-anyway', () => this.sendAnyway(), undefined),
      onKeepEditing: () => safely('keep-editing', () => this.keepEditing(), undefined),
    };
  }

  private chooseOpener(id: string): void {
    const opener = this.ctx.data()?.openers.find((o) => o.id === id);
    const field = noteField(this.element);
    if (!opener || !field) return;
    const outcome = insertOpener(field, this.element, opener, this.values(), this.limit);
    this.notice = outcome.notice;
    this.held = undefined;
    if (outcome.inserted) {
      this.lastOpenerId = opener.id;
      this.ctx.markOpenerUsed(opener.id);
    }
    this.refresh();
  }

  private afterAcceptDraft(): AfterAcceptDraft {
    this.afterAccept ??= new AfterAcceptDraft(
      this.contact()?.afterAcceptNote || this.ctx.carry.noteText || '',
      (afterAcceptNote) => this.saveAfterAccept(afterAcceptNote),
      () => safely('after-accept', () => this.refresh(), undefined),
    );
    return this.afterAccept;
  }

  private saveAfterAccept(afterAcceptNote: string): Promise<Contact> {
    const { slug, name } = this.ctx.recipient;
    if (!slug) return Promise.reject(new Error('No profile to keep the note on'));
    return this.ctx.saveContact({ slug, afterAcceptNote, ...(name ? { name } : {}) });
  }

  private contact(): Contact | null {
    return this.notes ? this.notes.current() : (this.ctx.data()?.contact ?? null);
  }

  private values(): OpenerValues {
    return this.ctx.values(this.contact());
  }

  private notesProps() {
    const { slug, name } = this.ctx.recipient;
    const notes = this.notes;
    if (this.step !== 'note' || !slug || !notes) return {};
    const contact = this.contact() ?? { howWeMet: '', where: '', when: '', why: '' };
    return {
      notes: {
        name: name ?? slug,
        contact,
        saveState: notes.saveState,
        onChange: (field: NoteField, value: string) =>
          safely('notes', () => notes.edit(field, value), undefined),
      },
    };
  }

  private holdReason(): string | undefined {
    faultPoint('guard');
    const settings = this.ctx.data()?.settings;
    if (this.step === 'gate') {
      // No hold when LinkedIn offers no way to add a note: the panel already says why.
      if (settings?.guards.noNote === false || notesUsedUp(this.ctx.dialog)) return undefined;
      return NO_NOTE_MESSAGE;
    }
    const guards = settings?.guards ?? {
      defaultText: true,
      overLimit: true,
      placeholder: true,
      wrongName: true,
      noNote: true,
    };
    return heldMessage(blockingFindings(this.check(this.noteText()).findings, guards));
  }

  private sendAnyway(): void {
    this.held = undefined;
    this.refresh();
    this.guard.sendAnyway(); // the user asked for exactly this one send
  }

  private keepEditing(): void {
    this.held = undefined;
    this.refresh();
    const field = noteField(this.element);
    (field ?? sendButton(this.element, this.step))?.focus();
  }

  private recordSend(): void {
    const text = this.step === 'note' ? this.noteText() : '';
    const personalised = text.trim().length > 0;
    const { slug, name } = this.ctx.recipient;
    this.ctx.record({
      ...(slug ? { slug } : {}),
      name: name ?? '',
      ...(personalised && this.lastOpenerId ? { openerId: this.lastOpenerId } : {}),
      personalised,
      noteLength: noteLength(text),
      ...(personalised ? { fingerprint: noteFingerprint(text) } : {}),
      limit: this.limit,
      surface: this.ctx.surface,
      sentAt: Date.now(),
    });
  }
}
