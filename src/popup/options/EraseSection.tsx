/**
 * "Erase all data", behind a typed confirmation: the button only works once the user has typed the
 * confirmation word, so neither a stray click nor Enter can wipe their openers and notes.
 */
import { useId, useState } from 'preact/hooks';
import type { EraseResult } from '../../shared/schema/status';
import { ErrorAlert } from '../../ui/Alert';
import { useClient, userMessage } from '../../ui/client-context';
import { Checkbox, TextField } from '../../ui/fields';
import { strings } from '../../ui/strings';

/** Case and surrounding spaces do not matter; the word itself does. */
export const confirms = (typed: string) =>
  typed.trim().toLocaleLowerCase() === strings.options.erase.word.toLocaleLowerCase();

function resultMessage(result: EraseResult): string {
  const text = strings.options.erase;
  return [text.done, result.syncTurnedOff ? text.syncOff : ''].filter(Boolean).join(' ');
}

export function EraseSection({ onErased }: { onErased: () => void }) {
  const client = useClient();
  const text = strings.options.erase;
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [reseed, setReseed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const erase = async () => {
    if (busy) return;
    if (!confirms(typed)) {
      setError(strings.options.erase.typeFirst(strings.options.erase.word));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await client.request({ type: 'eraseAllData', reseed });
      setTyped('');
      setDone(resultMessage(result));
      onErased();
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card card--danger" aria-labelledby={headingId}>
      <h2 id={headingId} class="card__heading">
        {text.heading}
      </h2>
      <p>{text.explain}</p>
      <form
        class="erase"
        onSubmit={(event) => {
          event.preventDefault();
          void erase();
        }}
      >
        <TextField label={text.typeToConfirm(text.word)} value={typed} onInput={setTyped} />
        <Checkbox label={text.reseed} checked={reseed} onChange={setReseed} />
        <button type="submit" class="button button--danger" aria-disabled={!confirms(typed) || busy}>
          {busy ? text.erasing : text.button}
        </button>
      </form>
      <ErrorAlert message={error} onRetry={() => void erase()} />
      <p role="status" class="save-state">
        {done}
      </p>
    </section>
  );
}
