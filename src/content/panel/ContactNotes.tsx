/**
 * The user's private notes on this person, editable in the panel and saved as they type. They live in the
 * panel's closed shadow root, so LinkedIn's page never sees them unless the user inserts an opener.
 */
import { text } from '../i18n';
import type { ContentContact as Contact } from '../replies';

export type NoteField = 'howWeMet' | 'where' | 'when' | 'why';

const FIELDS: readonly NoteField[] = ['howWeMet', 'where', 'when', 'why'];

interface Props {
  name: string;
  contact: Pick<Contact, NoteField>;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onChange: (field: NoteField, value: string) => void;
}

export function ContactNotes({ name, contact, saveState, onChange }: Props) {
  const filled = FIELDS.some((field) => contact[field].trim());
  const t = text.notes;
  const saveText = { idle: '', saving: text.saving, saved: t.saved, error: text.notSaved };
  return (
    <details class="pt-notes" open={filled}>
      <summary>{t.heading(name)}</summary>
      <div class="pt-notes-grid">
        {FIELDS.map((field) => (
          <label key={field}>
            <span>{t[field]}</span>
            <input
              type="text"
              value={contact[field]}
              placeholder={t[`${field}Example`]}
              maxLength={field === 'when' ? 100 : field === 'where' ? 200 : 500}
              onInput={(event) => onChange(field, event.currentTarget.value)}
            />
          </label>
        ))}
      </div>
      <p class="pt-muted" role="status">
        {saveText[saveState]}
      </p>
    </details>
  );
}
