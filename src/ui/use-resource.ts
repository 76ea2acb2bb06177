/** Loads something from the worker once (and on demand), keeping the user-facing error if it fails. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { userMessage } from './client-context';

export interface Resource<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** Local updates after a successful write, so the list does not wait for a reload. */
  setData: (update: (current: T | null) => T | null) => void;
}

export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // Keep the latest loader without making it an effect dependency (callers pass inline arrows).
  const loadRef = useRef(load);
  loadRef.current = load;

  // `generation` is the reload trigger; the loader itself is read through a ref.
  useEffect(() => {
    let current = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setDataState(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(userMessage(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
