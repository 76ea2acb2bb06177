/** The fields of one person's notes; presentational, the container saves them as they change. */
import { TextArea, TextField } from '../../ui/fields';
import { strings } from '../../ui/strings';

export interface ContactFields {
  howWeMet: string;
  where: string;
  when: string;
  why: string;
  notes: string;
}

interface ContactEditorProps {
  values: ContactFields;
  onChange: (patch: Partial<ContactFields>) => void;
}

export function ContactEditor({ values, onChange }: ContactEditorProps) {
  return (
    <div class="contact-editor">
      <TextArea
        label={strings.contacts.howWeMet}
        value={values.howWeMet}
        rows={2}
        maxLength={500}
        onInput={(howWeMet) => onChange({ howWeMet })}
      />
      <div class="field-row">
        <TextField
          label={strings.contacts.where}
          value={values.where}
          maxLength={200}
          onInput={(where) => onChange({ where })}
        />
        <TextField
          label={strings.contacts.when}
          value={values.when}
          maxLength={100}
          onInput={(when) => onChange({ when })}
        />
      </div>
      <TextArea
        label={strings.contacts.why}
        value={values.why}
        rows={2}
        maxLength={500}
        onInput={(why) => onChange({ why })}
      />
      <TextArea
        label={strings.contacts.notes}
        value={values.notes}
        rows={3}
        maxLength={5000}
        onInput={(notes) => onChange({ notes })}
      />
    </div>
  );
}
