/**
 * The user's private notes on this person, editable in the panel and saved as they type. They live in the
 * panel's closed shadow root, so LinkedIn's page never sees them unless the user inserts an opener.
 */
import type { ContentContact as Contact } from '../replies';

export type NoteField = 'howWeMet' | 'where' | 'when' | 'why';

const FIELDS: readonly { field: NoteField; label: string; placeholder: string }[] = [
  { field: 'howWeMet', label: 'How we met', placeholder: 'at the product meetup, through Priya…' },
  { field: 'where', label: 'Where', placeholder: 'Berlin' },
  { field: 'when', label: 'When', placeholder: 'last May' },
  { field: 'why', label: 'Why connect', placeholder: "I'm hiring designers in Lyon…" },
];

interface Props {
  name: string;
  contact: Pick<Contact, NoteField>;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onChange: (field: NoteField, value: string) => void;
}

const SAVE_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved: try again' } as const;

export function ContactNotes({ name, contact, saveState, onChange }: Props) {
  const filled = FIELDS.some(({ field }) => contact[field].trim());
  return (
    <details class="pt-notes" open={filled}>
      <summary>{`Your notes on ${name}`}</summary>
      <div class="pt-notes-grid">
        {FIELDS.map(({ field, label, placeholder }) => (
          <label key={field}>
            <span>{label}</span>
            <input
              type="text"
              value={contact[field]}
              placeholder={placeholder}
              maxLength={field === 'when' ? 100 : field === 'where' ? 200 : 500}
              onInput={(event) => onChange(field, event.currentTarget.value)}
            />
          </label>
        ))}
      </div>
      <p class="pt-muted" role="status">
        {SAVE_TEXT[saveState]}
      </p>
    </details>
  );
}
