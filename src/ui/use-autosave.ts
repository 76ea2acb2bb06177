/**
 * Saves as the user types: changes are merged and written after a short pause, and any pending
 * change is written when the component goes away, so leaving a field never drops the last words.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { userMessage } from './client-context';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave<P> {
  state: AutosaveState;
  error: string | null;
  schedule: (patch: P) => void;
}

export function useAutosave<P extends object>(save: (patch: P) => Promise<void>, delayMs = 600): Autosave<P> {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<P | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    setState('saving');
    try {
      await saveRef.current(patch);
      // A newer change may have arrived while saving; its own timer reports it.
      if (!pending.current) setState('saved');
      setError(null);
    } catch (failure) {
      // Put the failed change back under any newer one so a retry writes everything.
      pending.current = { ...patch, ...(pending.current ?? {}) };
      setError(userMessage(failure));
      setState('error');
    }
  }, []);

  const schedule = useCallback(
    (patch: P) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as P;
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => () => void flush(), [flush]);
  return { state, error, schedule };
}
