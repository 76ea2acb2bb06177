/** The settings form (presentational): guards, name, limit, phrases, sync and language. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { LimitOverrideSchema, UiLanguageSchema } from '../../shared/schema/stored';
import { Checkbox, TextArea, TextField } from '../../ui/fields';
import { strings } from '../../ui/strings';
import { GUARD_NAMES, type GuardName, type SettingsFormValues } from './settings-form';

interface SettingsFormProps {
  values: SettingsFormValues;
  saving: boolean;
  /** Patches, not whole values, so quick successive changes never overwrite each other. */
  onChange: (patch: Partial<Omit<SettingsFormValues, 'guards'>>) => void;
  onGuardChange: (guard: GuardName, on: boolean) => void;
  onSubmit: () => void;
  status: ComponentChildren;
}

function Select<V extends string>(props: {
  label: string;
  value: V;
  options: readonly V[];
  labels: Record<V, string>;
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id} class="field__label">
        {props.label}
      </label>
      <select
        id={id}
        class="field__input"
        value={props.value}
        onChange={(event) => {
          const chosen = props.options.find((option) => option === event.currentTarget.value);
          if (chosen) props.onChange(chosen);
        }}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SettingsForm({
  values,
  saving,
  onChange,
  onGuardChange,
  onSubmit,
  status,
}: SettingsFormProps) {
  const set = onChange;
  const text = strings.options;
  return (
    <form
      class="settings"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <fieldset class="fieldset">
        <legend>{text.guardsHeading}</legend>
        <p class="field__hint">{text.guardsHint}</p>
        {GUARD_NAMES.map((guard) => (
          <Checkbox
            key={guard}
            label={text.guards[guard]}
            checked={values.guards[guard]}
            onChange={(on) => onGuardChange(guard, on)}
          />
        ))}
      </fieldset>
      <TextField
        label={text.myName}
        hint={text.myNameHint}
        value={values.myName}
        maxLength={100}
        onInput={(myName) => set({ myName })}
      />
      <Select
        label={text.limit}
        value={values.limitOverride}
        options={LimitOverrideSchema.options}
        labels={text.limitOptions}
        onChange={(limitOverride) => set({ limitOverride })}
      />
      <TextArea
        label={text.customPhrases}
        hint={text.customPhrasesHint}
        value={values.customPhrasesText}
        rows={4}
        onInput={(customPhrasesText) => set({ customPhrasesText })}
      />
      <fieldset class="fieldset">
        <legend>{text.syncHeading}</legend>
        <Checkbox
          label={text.syncOpeners}
          checked={values.syncOpeners}
          onChange={(on) => set({ syncOpeners: on })}
        />
        <Checkbox
          label={text.syncContacts}
          checked={values.syncContacts}
          onChange={(on) => set({ syncContacts: on })}
        />
      </fieldset>
      <Select
        label={text.uiLanguage}
        value={values.uiLanguage}
        options={UiLanguageSchema.options}
        labels={text.languages}
        onChange={(uiLanguage) => set({ uiLanguage })}
      />
      <div class="settings__actions">
        <button type="submit" class="button button--primary" disabled={saving}>
          {saving ? strings.common.saving : text.save}
        </button>
        {status}
      </div>
    </form>
  );
}
