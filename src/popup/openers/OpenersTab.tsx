/**
 * The opener library container: search, list, editor, and the worker round trips behind them.
 * Errors from the worker go to an alert; the draft stays until it is saved or knowingly discarded.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Opener } from '../../shared/schema/stored';
import { ErrorAlert } from '../../ui/Alert';
import { lazyComponent } from '../../ui/lazy';
import { SearchField } from '../../ui/SearchField';
import { StatusRegion } from '../../ui/StatusRegion';
import { type SearchIndex, search, words } from '../../ui/search';
import { strings } from '../../ui/strings';
import { useStatus } from '../../ui/use-status';
import { type DraftStore, localDraftStore } from './draft-store';
import { OpenerList } from './OpenerList';
import { useOpenerActions } from './use-opener-actions';
import { type OpenerEditing, useOpenerEditing } from './use-opener-editing';
import { type EarlyPage, useOpeners } from './use-openers';

// The editor (and the note rules it runs) is its own chunk: the list is what the popup opens on.
const OpenerEditorContainer = lazyComponent(() =>
  import('./OpenerEditorContainer').then((module) => module.OpenerEditorContainer),
);
export const preloadOpenerEditor = OpenerEditorContainer.preload;

const NONE: readonly Opener[] = [];

/** Back from the editor, focus returns to the opener that was open (or the search box). */
function useReturnFocus(editing: OpenerEditing, fallback: RefObject<HTMLElement | null>) {
  const wasEditing = useRef(editing.session !== null);
  useEffect(() => {
    if (wasEditing.current && !editing.session) {
      const id = CSS.escape(editing.lastId ?? '');
      (document.querySelector<HTMLElement>(`[data-opener-id="${id}"] button`) ?? fallback.current)?.focus();
    }
    wasEditing.current = editing.session !== null;
  }, [editing.session, editing.lastId, fallback]);
}

interface OpenersTabProps {
  draftStore?: DraftStore;
  /** The first page, when the page entry read it before rendering (see EarlyPage). */
  early?: EarlyPage | undefined;
}

export function OpenersTab({ draftStore = localDraftStore(), early }: OpenersTabProps) {
  const library = useOpeners(early);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const status = useStatus();
  const searchRef = useRef<HTMLInputElement>(null);
  const editing = useOpenerEditing({ library, draftStore, status, setError });

  useReturnFocus(editing, searchRef);

  const openers = library.state?.openers ?? NONE;
  // The words are folded already (while the list loaded), so building the index is quick.
  const index = useMemo(() => {
    let built: SearchIndex<Opener> | null = null;
    return () => (built ??= library.words.index(openers));
  }, [library.words, openers]);
  // Built once the list is on screen, so the first keystroke does not build it.
  useEffect(() => {
    const soon = setTimeout(index, 0);
    return () => clearTimeout(soon);
  }, [index]);
  const searching = words(query).length > 0;
  const visible = useMemo(
    () => (searching ? search(index(), query) : openers),
    [searching, index, query, openers],
  );

  const actions = useOpenerActions({ library, status, setError, afterDeleteFocus: searchRef });

  const alert = error ?? library.error;
  const dismiss = () => (error ? setError(null) : library.reload());
  const editingSession = editing.session;
  const listView = !library.state ? (
    !library.error && <p class="empty">{strings.common.loading}</p>
  ) : (
    <OpenerList
      openers={visible}
      total={searching ? visible.length : library.state.total}
      complete={library.state.complete}
      query={query}
      onOpen={editing.open}
      onDuplicate={actions.duplicate}
      onDelete={actions.remove}
    />
  );

  // One alert and one status region stay mounted in the same place for both views, so a message
  // written while switching (e.g. "Saved" as the editor closes) is still announced.
  return (
    <section class="openers" aria-label={strings.popup.tabOpeners}>
      {!editingSession && (
        <div class="toolbar">
          <SearchField
            label={strings.openers.searchLabel}
            placeholder={strings.openers.searchPlaceholder}
            value={query}
            onInput={setQuery}
            inputRef={searchRef}
            keyShortcuts="/"
          />
          <button
            type="button"
            class="button button--primary"
            aria-keyshortcuts="N"
            onClick={() => editing.open(null)}
          >
            {strings.openers.create}
          </button>
        </div>
      )}
      <ErrorAlert message={alert} onDismiss={dismiss} />
      <StatusRegion message={status.message} onExpire={status.clear} />
      {editingSession ? (
        <OpenerEditorContainer session={editingSession} saving={editing.saving} actions={editing} />
      ) : (
        listView
      )}
    </section>
  );
}
