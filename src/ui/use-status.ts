/** State for the polite status region: one message at a time, optionally with an action (Undo). */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { StatusMessage } from './StatusRegion';

export interface Status {
  message: StatusMessage | null;
  show: (text: string, action?: StatusMessage['action']) => void;
  clear: () => void;
}

export function useStatus(): Status {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const counter = useRef(0);
  const show = useCallback((text: string, action?: StatusMessage['action']) => {
    counter.current += 1;
    setMessage(action ? { text, action, key: counter.current } : { text, key: counter.current });
  }, []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, show, clear };
}
