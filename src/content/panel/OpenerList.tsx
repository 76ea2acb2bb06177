/** The "Opener" listbox: arrow keys move, Enter or a click inserts. Page text is rendered as text only. */
import { useState } from 'preact/hooks';
import { text } from '../i18n';

export interface OpenerChoice {
  id: string;
  title: string;
  preview: string;
}

interface Props {
  openers: readonly OpenerChoice[];
  onChoose: (id: string) => void;
}

export function OpenerList({ openers, onChoose }: Props) {
  const [active, setActive] = useState(0);
  if (openers.length === 0) {
    return <p class="pt-muted">{text.noOpeners}</p>;
  }
  const current = Math.min(active, openers.length - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: openers.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(openers.length - 1, next)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const chosen = openers[current];
      if (chosen) onChoose(chosen.id);
    }
  };
  return (
    <div
      class="pt-openers"
      role="listbox"
      aria-label={text.opener}
      tabIndex={0}
      aria-activedescendant={`pt-opener-${current}`}
      onKeyDown={onKeyDown}
    >
      {openers.map((opener, index) => (
        // Keyboard goes to the listbox (aria-activedescendant pattern), so options need no focus or key handler.
        // biome-ignore lint/a11y/useKeyWithClickEvents: handled by the listbox's onKeyDown
        // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox
        <div
          key={opener.id}
          id={`pt-opener-${index}`}
          role="option"
          aria-selected={index === current}
          onClick={() => {
            setActive(index);
            onChoose(opener.id);
          }}
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
