/** Labelled form fields. Every field has a visible label; hints are tied in with aria-describedby. */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

interface BaseFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  maxLength?: number;
  placeholder?: string;
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p id={id} class="field__hint">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  label,
  value,
  onInput,
  hint,
  maxLength,
  placeholder,
  inputRef,
  numeric,
}: BaseFieldProps & {
  inputRef?: Ref<HTMLInputElement>;
  /** A whole-number field (numeric keyboard); the caller clamps to the bounds named in its hint. */
  numeric?: boolean;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef ?? null}
        class="field__input"
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function TextArea({
  label,
  value,
  onInput,
  hint,
  maxLength,
  placeholder,
  rows = 4,
  describedBy,
  invalid,
}: BaseFieldProps & { rows?: number; describedBy?: string; invalid?: boolean }) {
  const id = useId();
  const describedIds = [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
      </label>
      <textarea
        id={id}
        class="field__input field__input--area"
        value={value}
        rows={rows}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedIds || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="field field--check">
      <input
        id={id}
        type="checkbox"
        class="field__check"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A labelled select over a fixed set of string values (e.g. a zod enum's options). */
export function SelectField<V extends string>(props: {
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
