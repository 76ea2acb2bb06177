/** A search box whose label is read by screen readers; Escape clears it before doing anything else. */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Announced to assistive technology, e.g. "/" when the page's shortcut focuses this box. */
  keyShortcuts?: string;
}

export function SearchField({
  label,
  placeholder,
  value,
  onInput,
  inputRef,
  keyShortcuts,
}: SearchFieldProps) {
  const id = useId();
  return (
    <div class="search">
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef ?? null}
        type="search"
        class="field__input search__input"
        placeholder={placeholder}
        value={value}
        autoComplete="off"
        aria-keyshortcuts={keyShortcuts}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            event.stopPropagation();
            onInput('');
          }
        }}
      />
    </div>
  );
}
