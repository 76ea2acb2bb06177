/**
 * The user's notes on the recipient (how, where, when, why), edited in the panel: edits apply to openers
 * at once, and the save waits for a pause in typing. Flushed when the session ends, so nothing is lost.
 */
import type { ContactPatch } from '../shared/schema/stored';
import type { NoteField } from './panel/Panel';
import type { ContentContact as Contact } from './replies';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

const SAVE_PAUSE_MS = 400;

export class ContactDraft {
  private draft: Contact | undefined;
  private state: SaveState = 'idle';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly slug: string,
    private readonly name: string | undefined,
    private readonly stored: () => Contact | null,
    private readonly save: (patch: ContactPatch) => Promise<Contact>,
    private readonly changed: () => void,
  ) {}

  /** The contact as the user sees it now: the unsaved draft, else the stored record. */
  current(): Contact | null {
    return this.draft ?? this.stored();
  }

  get saveState(): SaveState {
    return this.state;
  }

  edit(field: NoteField, value: string): void {
    const base = this.current() ?? {
      slug: this.slug,
      name: '',
      howWeMet: '',
      where: '',
      when: '',
      why: '',
      afterAcceptNote: '',
    };
    this.draft = { ...base, [field]: value };
    this.state = 'saving';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_PAUSE_MS);
    this.changed();
  }

  flush(): void {
    clearTimeout(this.timer);
    if (!this.draft || this.state !== 'saving') return;
    const { slug, howWeMet, where, when, why } = this.draft;
    this.save({ slug, howWeMet, where, when, why, ...(this.name ? { name: this.name } : {}) }).then(
      () => this.settle('saved'),
      () => this.settle('error'),
    );
  }

  private settle(state: 'saved' | 'error'): void {
    this.state = state;
    this.changed();
  }
}
