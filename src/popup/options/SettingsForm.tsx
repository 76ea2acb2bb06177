/** The settings form (presentational): guards, name, limit, phrases, sync and language. */
import type { ComponentChildren } from 'preact';
import { LimitOverrideSchema, UiLanguageSchema } from '../../shared/schema/stored';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
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

function GuardsFieldset({
  values,
  onChange,
  onGuardChange,
}: Pick<SettingsFormProps, 'values' | 'onChange' | 'onGuardChange'>) {
  const text = strings.options;
  return (
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
      <Checkbox
        label={text.interceptPymk}
        checked={values.interceptPymk}
        onChange={(interceptPymk) => onChange({ interceptPymk })}
      />
    </fieldset>
  );
}

function SyncFieldset({ values, onChange }: Pick<SettingsFormProps, 'values' | 'onChange'>) {
  const text = strings.options;
  return (
    <fieldset class="fieldset">
      <legend>{text.syncHeading}</legend>
      <Checkbox
        label={text.syncOpeners}
        checked={values.syncOpeners}
        onChange={(on) => onChange({ syncOpeners: on })}
      />
      <Checkbox
        label={text.syncContacts}
        checked={values.syncContacts}
        onChange={(on) => onChange({ syncContacts: on })}
      />
    </fieldset>
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
      <GuardsFieldset values={values} onChange={set} onGuardChange={onGuardChange} />
      <TextField
        label={text.myName}
        hint={text.myNameHint}
        value={values.myName}
        maxLength={100}
        onInput={(myName) => set({ myName })}
      />
      <SelectField
        label={text.limit}
        value={values.limitOverride}
        options={LimitOverrideSchema.options}
        labels={text.limitOptions}
        onChange={(limitOverride) => set({ limitOverride })}
      />
      <TextField
        label={text.monthlyAllowance}
        hint={text.monthlyAllowanceHint}
        value={values.monthlyAllowanceText}
        numeric
        onInput={(monthlyAllowanceText) => set({ monthlyAllowanceText })}
      />
      <TextArea
        label={text.customPhrases}
        hint={text.customPhrasesHint}
        value={values.customPhrasesText}
        rows={4}
        onInput={(customPhrasesText) => set({ customPhrasesText })}
      />
      <SyncFieldset values={values} onChange={set} />
      <SelectField
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
