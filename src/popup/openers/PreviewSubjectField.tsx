/** "Preview for": the sample person or one of the user's recent contacts. */
import { useId } from 'preact/hooks';
import type { Contact } from '../../shared/schema/stored';
import { strings } from '../../ui/strings';
import { contactLabel, SAMPLE_SUBJECT } from './preview-subject';

interface PreviewSubjectFieldProps {
  contacts: readonly Contact[];
  value: string;
  onChange: (subject: string) => void;
}

export function PreviewSubjectField({ contacts, value, onChange }: PreviewSubjectFieldProps) {
  const id = useId();
  const sample = strings.sample;
  return (
    <div class="field field--inline">
      <label for={id} class="field__label">
        {strings.editor.previewFor}
      </label>
      <select
        id={id}
        class="field__input"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value={SAMPLE_SUBJECT}>
          {strings.editor.sampleContact(`${sample.firstName} ${sample.lastName}`)}
        </option>
        {contacts.length > 0 && (
          <optgroup label={strings.editor.recentContacts}>
            {contacts.map((contact) => (
              <option key={contact.slug} value={contact.slug}>
                {contactLabel(contact)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
