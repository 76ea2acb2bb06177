/**
 * The opener library's data, loaded in two steps so the popup paints at once: the first page (a
 * screenful of rows and the library's size) straight away, then, once that page is on screen, every
 * opener, parsed and folded for search a slice at a time so a keystroke never waits behind it.
 * Afterwards it is kept in step with each successful write.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ResponseData } from '../../shared/schema/messages';
import type { Opener, OpenerDraft } from '../../shared/schema/stored';
import { type Client, requestList, useClient, userMessage } from '../../ui/client-context';
import { WordCache } from '../../ui/search-library';
import { searchableText, sortOpeners } from './draft';

/** Rows asked for before the first paint: more than the popup shows, far fewer than a library holds. */
export const FIRST_PAGE = 15;

export type FirstPage = ResponseData<'listOpenersPage'>;

/**
 * A first page read before the popup rendered (alongside the settings), for the first library view
 * that mounts, so that view paints with its rows instead of a frame later. Taken once: a view mounted
 * later (back from another section) reads afresh.
 */
export interface EarlyPage {
  take(): FirstPage | null;
}

export function earlyPage(page: FirstPage | null): EarlyPage {
  let held = page;
  return {
    take() {
      const taken = held;
      held = null;
      return taken;
    },
  };
}

const stateOf = (page: FirstPage): LibraryState => ({
  openers: page.openers,
  total: page.total,
  complete: page.openers.length >= page.total,
});

export interface LibraryState {
  /** Pinned first, then the most recently changed; until `complete`, only the first page. */
  openers: Opener[];
  /** How many openers the library holds. */
  total: number;
  complete: boolean;
}

export interface OpenerLibrary {
  /** null until the first page arrives. */
  state: LibraryState | null;
  error: string | null;
  /** Each opener's folded words, kept across writes (see WordCache). */
  words: WordCache<Opener>;
  reload: () => void;
  save: (draft: OpenerDraft) => Promise<Opener>;
  remove: (id: string) => Promise<Opener>;
  restore: (opener: Opener) => Promise<Opener>;
}

/** Resolves after the next frame is painted (or soon, in a hidden page that paints no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/** Every opener, sorted and folded; asked again if the popup wrote meanwhile (the reply may predate it). */
async function loadAll(client: Client, words: WordCache<Opener>, writes: { current: number }) {
  for (;;) {
    const writesBefore = writes.current;
    const all = sortOpeners(await requestList(client, { type: 'listOpeners' }));
    await words.prime(all);
    if (writes.current === writesBefore) return all;
  }
}

function update(state: LibraryState | null, change: (openers: Opener[]) => Opener[]): LibraryState | null {
  if (!state) return state;
  const openers = sortOpeners(change(state.openers));
  return { ...state, openers, total: state.total + openers.length - state.openers.length };
}

const without = (openers: Opener[], id: string) => openers.filter((item) => item.id !== id);

export function useOpeners(early?: EarlyPage): OpenerLibrary {
  const client = useClient();
  const words = useMemo(() => new WordCache<Opener>(searchableText), []);
  const [initial] = useState(() => early?.take() ?? null);
  const [state, setState] = useState<LibraryState | null>(() => initial && stateOf(initial));
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const writes = useRef(0);

  // `generation` is the reload trigger.
  useEffect(() => {
    let current = true;
    const load = async () => {
      let page = generation === 0 ? initial : null;
      if (!page) {
        page = await client.request({ type: 'listOpenersPage', limit: FIRST_PAGE });
        if (!current) return;
        setState(stateOf(page));
        setError(null);
      }
      if (stateOf(page).complete) return;
      await afterPaint();
      const all = current ? await loadAll(client, words, writes) : null;
      if (current && all) setState({ openers: all, total: all.length, complete: true });
    };
    load().catch((failure: unknown) => current && setError(userMessage(failure)));
    return () => {
      current = false;
    };
  }, [client, words, initial, generation]);

  const wrote = (change: (openers: Opener[]) => Opener[]) => {
    writes.current += 1;
    setState((current) => update(current, change));
  };
  const save = async (draft: OpenerDraft) => {
    const saved = await client.request({ type: 'saveOpener', opener: draft });
    wrote((openers) => [saved, ...without(openers, saved.id)]);
    return saved;
  };
  const remove = async (id: string) => {
    const removed = await client.request({ type: 'deleteOpener', id });
    wrote((openers) => without(openers, id));
    return removed;
  };
  const restore = async (opener: Opener) => {
    const restored = await client.request({ type: 'restoreOpener', opener });
    wrote((openers) => [restored, ...without(openers, restored.id)]);
    return restored;
  };
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, error, words, reload, save, remove, restore };
}
