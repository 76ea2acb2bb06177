/**
 * What a dialog session knows and keeps about the recipient: the user's notes on them (edited in the
 * note step's panel, saved after a pause and when the session ends) and the note kept for after they
 * accept. Openers are filled from the contact as the user sees it now, unsaved edits included.
 */
import type { OpenerValues } from '../shared/rules/types';
import { AfterAcceptDraft } from './after-accept';
import { ContactDraft } from './contact-draft';
import { safely } from './fail-open';
import type { InviteStep } from './linkedin/dialog';
import type { AfterAcceptProps } from './panel/AfterAccept';
import type { NoteField, PanelProps } from './panel/Panel';
import type { ContentContact as Contact } from './replies';
import type { SessionContext } from './session-context';

export class SessionContact {
  readonly #notes: ContactDraft | undefined;
  #afterAccept: AfterAcceptDraft | undefined;

  readonly #ctx: SessionContext;
  /** Re-renders the panel; not called once the session has ended. */
  readonly #refresh: () => void;

  constructor(ctx: SessionContext, refresh: () => void, signal: AbortSignal) {
    this.#ctx = ctx;
    this.#refresh = refresh;
    const { slug, name } = ctx.recipient;
    if (slug) {
      this.#notes = new ContactDraft(
        slug,
        name,
        () => ctx.data()?.contact ?? null,
        (patch) => ctx.saveContact(patch),
        () => signal.aborted || refresh(),
      );
    }
    signal.addEventListener('abort', () => this.#notes?.flush(), { once: true });
  }

  /** The contact as the user sees it now: unsaved edits, else the stored record. */
  contact(): Contact | null {
    return this.#notes ? this.#notes.current() : (this.#ctx.data()?.contact ?? null);
  }

  values(): OpenerValues {
    return this.#ctx.values(this.contact());
  }

  /** The notes form, on the note step of a known person only. */
  notesProps(step: InviteStep): Pick<PanelProps, 'notes'> {
    const { slug, name } = this.#ctx.recipient;
    const notes = this.#notes;
    if (step !== 'note' || !slug || !notes) return {};
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

  /** The after-accept note, offered when no personalised note is left this month (known person only). */
  afterAcceptProps(): AfterAcceptProps {
    this.#afterAccept ??= new AfterAcceptDraft(
      this.contact()?.afterAcceptNote || this.#ctx.carry.noteText || '',
      (afterAcceptNote) => this.#saveAfterAccept(afterAcceptNote),
      () => safely('after-accept', () => this.#refresh(), undefined),
    );
    return this.#afterAccept.props();
  }

  #saveAfterAccept(afterAcceptNote: string): Promise<Contact> {
    const { slug, name } = this.#ctx.recipient;
    if (!slug) return Promise.reject(new Error('No profile to keep the note on'));
    return this.#ctx.saveContact({ slug, afterAcceptNote, ...(name ? { name } : {}) });
  }
}
