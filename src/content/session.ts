/**
 * One appearance of an invite dialog step, from mount to teardown (an AbortSignal owns every listener,
 * the panel and its host). It renders the panel, keeps the counter live, inserts openers and guards Send.
 * What it knows of the person is in session-contact.ts, the note's checks in note-check.ts, and the
 * panel's place in the dialog in session-panel.ts.
 */

import type { NoteReport } from '../shared/rules/types';
import { reportError, safely } from './fail-open';
import { text } from './i18n';
import { insertOpener, openerChoices } from './insert-opener';
import { type InviteDialog, noteField, sendButton } from './linkedin/dialog';
import { holdReason, invitationDraft, limitOf, reportOn } from './note-check';
import type { HeldSend, PanelProps } from './panel/Panel';
import { SendGuard } from './send-guard';
import { SessionContact } from './session-contact';
import type { SessionContext } from './session-context';
import { SessionPanel } from './session-panel';
import { SessionSearch } from './session-search';
import { readSituation } from './situation';

export class DialogSession {
  private readonly abort = new AbortController();
  private readonly panel: SessionPanel;
  private held: HeldSend | undefined;
  private notice: string | undefined;
  private readonly guard: SendGuard;
  private lastOpenerId: string | undefined;
  private readonly person: SessionContact;
  private readonly search: SessionSearch;

  constructor(private readonly ctx: SessionContext) {
    this.panel = new SessionPanel(ctx.dialog, this.abort.signal);
    this.guard = new SendGuard(
      {
        sendButton: () => sendButton(this.element, this.step),
        holdReason: () => holdReason(ctx.dialog, ctx.data(), () => this.check()),
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
    this.person = new SessionContact(ctx, () => this.refresh(), this.abort.signal);
    this.search = new SessionSearch(() => this.refresh(), this.abort.signal);
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

  /** For the keyboard command: focuses the opener search or listbox on a note step (false if none). */
  focusOpeners(): boolean {
    return this.step === 'note' && this.panel.focusOpeners();
  }

  /** Re-renders the panel, and remounts it if LinkedIn re-rendered the dialog's content without it. */
  refresh(): void {
    try {
      this.panel.render(() => this.panelProps());
    } catch (error) {
      reportError('panel', error);
      this.stop(); // a broken panel is removed; LinkedIn's dialog stays as it is
    }
  }

  private get limit(): number {
    return limitOf(this.element, this.ctx.data());
  }

  private noteText(): string {
    return noteField(this.element)?.value ?? '';
  }

  private check(): NoteReport {
    return reportOn(this.noteText(), this.limit, this.person.values(), this.ctx.data());
  }

  private panelProps(): PanelProps {
    const report = this.step === 'note' ? this.check() : undefined;
    if (this.step === 'note') this.ctx.carry.noteText = this.noteText();
    const situation = readSituation({
      dialog: this.ctx.dialog,
      name: this.ctx.recipient.name ?? text.thisPerson,
      sentThisMonth: this.ctx.data()?.personalisedThisMonth ?? 0,
      afterAccept: this.ctx.recipient.slug ? () => this.person.afterAcceptProps() : undefined,
    });
    const data = this.ctx.data();
    const searchable = (data?.openerTotal ?? 0) > (data?.openers.length ?? 0);
    const shown = searchable ? this.search.openers(data?.openers ?? []) : (data?.openers ?? []);
    const openers = openerChoices(shown, this.person.values());
    const { name } = this.ctx.recipient;
    return {
      step: this.step,
      ...(name ? { recipientName: name } : {}),
      length: report?.length ?? 0,
      limit: report?.limit ?? this.limit,
      findings: report?.findings ?? [],
      openers,
      ...(searchable ? { search: this.searchProps() } : {}),
      ...(this.notice ? { notice: this.notice } : {}),
      ...(this.held ? { held: this.held } : {}),
      ...this.person.notesProps(this.step),
      ...(situation ? { situation } : {}),
      onChooseOpener: (id: string) => safely('opener', () => this.chooseOpener(id), undefined),
      onSendAnyway: () => safely('send-anyway', () => this.sendAnyway(), undefined),
      onKeepEditing: () => safely('keep-editing', () => this.keepEditing(), undefined),
    };
  }

  private searchProps(): NonNullable<PanelProps['search']> {
    const onQuery = (query: string) => safely('search', () => this.search.setQuery(query), undefined);
    return { query: this.search.query, onQuery };
  }

  private chooseOpener(id: string): void {
    const opener = this.ctx.data()?.openers.find((o) => o.id === id) ?? this.search.find(id);
    const field = noteField(this.element);
    if (!opener || !field) return;
    const outcome = insertOpener(field, this.element, opener, this.person.values(), this.limit);
    this.notice = outcome.notice;
    this.held = undefined;
    if (outcome.inserted) {
      this.lastOpenerId = opener.id;
      this.ctx.markOpenerUsed(opener.id);
    }
    this.refresh();
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
    const { ctx } = this;
    ctx.record(
      invitationDraft({
        text: this.step === 'note' ? this.noteText() : '',
        recipient: ctx.recipient,
        openerId: this.lastOpenerId,
        limit: this.limit,
        surface: ctx.surface,
      }),
    );
  }
}
