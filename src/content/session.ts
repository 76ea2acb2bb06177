/**
 * One appearance of an invite dialog step, from mount to teardown (an AbortSignal owns every listener,
 * the panel and its host). It renders the panel, keeps the counter live, inserts openers and guards Send.
 */
import { h, render } from 'preact';
import { checkNote, noteFingerprint, noteLength, renderOpener } from '../shared/rules';
import type { NoteReport, OpenerValues } from '../shared/rules/types';
import type { ContactPatch, InvitationDraft } from '../shared/schema/stored';
import { faultPoint, reportError, safely } from './fail-open';
import { blockingFindings, heldMessage, NO_NOTE_MESSAGE } from './guard';
import { insertOpener } from './insert-opener';
import { type InviteDialog, noteField, noteLimit, panelAnchor, sendButton } from './linkedin/dialog';
import type { Recipient } from './linkedin/recipient';
import { createPanelHost, type PanelHost } from './panel/mount';
import type { ContentContact as Contact, ContentOpener as Opener, ContentPanelData as PanelData } from './replies';
import { type HeldSend, type NoteField, Panel } from './panel/Panel';
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
}

export class DialogSession {
  private readonly abort = new AbortController();
  private panel: PanelHost | undefined;
  private container: HTMLElement | undefined;
  private held: HeldSend | undefined;
  private notice: string | undefined;
  private bypassOnce = false;
  private lastOpenerId: string | undefined;
  private contactDraft: Contact | undefined;
  private saveState: 'idle' | 'saving' | 'saved' | 'error' = 'idle';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ctx: SessionContext) {
    window.addEventListener('click', (event) => this.onClick(event), {
      capture: true,
      signal: this.abort.signal,
    });
    this.element.addEventListener('input', () => safely('counter', () => this.refresh(), undefined), {
      signal: this.abort.signal,
    });
    this.abort.signal.addEventListener('abort', () => this.flushContact(), { once: true });
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

  private contact(): Contact | null {
    return this.contactDraft ?? this.ctx.data()?.contact ?? null;
  }

  private values(): OpenerValues {
    return this.ctx.values(this.contact());
  }

  private notesProps() {
    const { slug, name } = this.ctx.recipient;
    if (this.step !== 'note' || !slug) return {};
    const contact = this.contact() ?? { howWeMet: '', where: '', when: '', why: '' };
    return {
      notes: {
        name: name ?? slug,
        contact,
        saveState: this.saveState,
        onChange: (field: NoteField, value: string) =>
          safely('notes', () => this.editContact(field, value), undefined),
      },
    };
  }

  /** Edits apply to openers at once; the save waits for a pause in typing. */
  private editContact(field: NoteField, value: string): void {
    const slug = this.ctx.recipient.slug;
    if (!slug) return;
    const base = this.contact() ?? {
      slug,
      howWeMet: '',
      where: '',
      when: '',
      why: '',
      afterAcceptNote: '',
      name: '',
    };
    this.contactDraft = { ...base, [field]: value };
    this.saveState = 'saving';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushContact(), 400);
    this.refresh();
  }

  private flushContact(): void {
    clearTimeout(this.saveTimer);
    const draft = this.contactDraft;
    if (!draft || this.saveState !== 'saving') return;
    const { slug, howWeMet, where, when, why } = draft;
    const name = this.ctx.recipient.name;
    this.ctx.saveContact({ slug, howWeMet, where, when, why, ...(name ? { name } : {}) }).then(
      () => this.setSaveState('saved'),
      () => this.setSaveState('error'),
    );
  }

  private setSaveState(state: 'saved' | 'error'): void {
    this.saveState = state;
    if (!this.abort.signal.aborted) this.refresh();
  }

  /** Window-level capture: sees LinkedIn's Send click before LinkedIn does, even inside its shadow root. */
  private onClick(event: MouseEvent): void {
    const send = safely('guard-find', () => sendButton(this.element, this.step), null);
    if (!send || !event.composedPath().includes(send)) return;
    if (this.bypassOnce) {
      this.bypassOnce = false;
      this.recordSend();
      return;
    }
    const message = safely('guard', () => this.holdReason(), undefined);
    if (!message) {
      this.recordSend();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.held = { message };
    this.refresh();
  }

  private holdReason(): string | undefined {
    faultPoint('guard');
    const settings = this.ctx.data()?.settings;
    if (this.step === 'gate') return settings?.guards.noNote === false ? undefined : NO_NOTE_MESSAGE;
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
    const send = sendButton(this.element, this.step);
    this.held = undefined;
    this.refresh();
    if (!send) return;
    this.bypassOnce = true;
    send.click(); // the user asked for exactly this one send
    this.bypassOnce = false;
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
