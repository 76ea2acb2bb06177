/**
 * The "Opener" listbox: arrow keys move, Enter or a click inserts. Page text is rendered as text only.
 * With `search` (a library larger than the panel's openers), a search field above it is a combobox
 * that drives the same list: typing filters, ArrowDown/ArrowUp move the active option, Enter inserts it.
 */
import { useState } from 'preact/hooks';
import { text } from '../i18n';

export interface OpenerChoice {
  id: string;
  title: string;
  preview: string;
}

export interface OpenerSearch {
  query: string;
  onQuery: (query: string) => void;
}

interface Props {
  openers: readonly OpenerChoice[];
  onChoose: (id: string) => void;
  search?: OpenerSearch;
}

const LIST_ID = 'pt-openers';
const optionId = (index: number) => `pt-opener-${index}`;

interface ListBoxProps {
  openers: readonly OpenerChoice[];
  current: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onPick: (index: number, id: string) => void;
}

function ListBox({ openers, current, onKeyDown, onPick }: ListBoxProps) {
  return (
    <div
      id={LIST_ID}
      class="pt-openers"
      role="listbox"
      aria-label={text.opener}
      tabIndex={0}
      aria-activedescendant={optionId(current)}
      onKeyDown={onKeyDown}
    >
      {openers.map((opener, index) => (
        // Keyboard goes to the listbox (aria-activedescendant pattern), so options need no focus or key handler.
        // biome-ignore lint/a11y/useKeyWithClickEvents: handled by the listbox's onKeyDown
        // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox
        <div
          key={opener.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === current}
          onClick={() => onPick(index, opener.id)}
        >
          {opener.title}
          <span class="pt-preview" aria-hidden="true">
            {opener.preview}
          </span>
        </div>
      ))}
    </div>
  );
}

export function OpenerList({ openers, onChoose, search }: Props) {
  const [active, setActive] = useState(0);
  if (openers.length === 0 && !search) {
    return <p class="pt-muted">{text.noOpeners}</p>;
  }
  const current = Math.max(0, Math.min(active, openers.length - 1));
  // In the search field Home, End and Space edit the text; in the listbox they move or choose.
  const onKeyDown = (event: KeyboardEvent, inField: boolean) => {
    const moves: Record<string, number> = inField
      ? { ArrowDown: current + 1, ArrowUp: current - 1 }
      : { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: openers.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(openers.length - 1, next)));
    } else if (event.key === 'Enter' || (event.key === ' ' && !inField)) {
      event.preventDefault();
      const chosen = openers[current];
      if (chosen) onChoose(chosen.id);
    }
  };
  const list =
    openers.length === 0 ? (
      <p class="pt-muted">{text.noMatch}</p>
    ) : (
      <ListBox
        openers={openers}
        current={current}
        onKeyDown={(event) => onKeyDown(event, false)}
        onPick={(index, id) => {
          setActive(index);
          onChoose(id);
        }}
      />
    );
  if (!search) return list;
  return (
    <>
      {/* Without a list attribute a search input is a searchbox, not a combobox: the role is not redundant.
          Preact's typing asks for `list` with role="combobox"; the listbox below is the popup instead. */}
      <input
        class="pt-search"
        type="search"
        // biome-ignore lint/a11y/noRedundantRoles: see above
        role="combobox"
        list={undefined}
        aria-label={text.searchOpeners}
        placeholder={text.searchOpeners}
        aria-controls={LIST_ID}
        aria-expanded={openers.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={openers.length > 0 ? optionId(current) : undefined}
        value={search.query}
        onInput={(event) => {
          setActive(0); // a new query starts at its best match
          search.onQuery(event.currentTarget.value);
        }}
        onKeyDown={(event) => onKeyDown(event, true)}
      />
      {list}
    </>
  );
}
