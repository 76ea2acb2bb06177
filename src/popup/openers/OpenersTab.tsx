/**
 * The opener library container: search, list, editor, and the worker round trips behind them.
 * Errors from the worker go to an alert; the draft stays until it is saved or knowingly discarded.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorAlert } from '../../ui/Alert';
import { SearchField } from '../../ui/SearchField';
import { StatusRegion } from '../../ui/StatusRegion';
import { lazyIndex, search, whenIdle, words } from '../../ui/search';
import { strings } from '../../ui/strings';
import { useStatus } from '../../ui/use-status';
import { searchableText, sortOpeners } from './draft';
import { type DraftStore, localDraftStore } from './draft-store';
import { OpenerEditorContainer } from './OpenerEditorContainer';
import { OpenerList } from './OpenerList';
import { useOpenerActions } from './use-opener-actions';
import { type OpenerEditing, useOpenerEditing } from './use-opener-editing';
import { useOpeners } from './use-openers';

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

export function OpenersTab({ draftStore = localDraftStore() }: { draftStore?: DraftStore }) {
  const library = useOpeners();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const status = useStatus();
  const searchRef = useRef<HTMLInputElement>(null);
  const editing = useOpenerEditing({ library, draftStore, status, setError });

  useReturnFocus(editing, searchRef);

  const sorted = useMemo(() => sortOpeners(library.openers.data ?? []), [library.openers.data]);
  // The search index is built after the list is shown (or by the first search, if that comes first).
  const index = useMemo(() => lazyIndex(sorted, searchableText), [sorted]);
  useEffect(() => whenIdle(index), [index]);
  const visible = useMemo(
    () => (words(query).length === 0 ? sorted : search(index(), query)),
    [sorted, index, query],
  );

  const actions = useOpenerActions({ library, status, setError, afterDeleteFocus: searchRef });

  const alert = error ?? library.openers.error;
  const dismiss = () => (error ? setError(null) : library.openers.reload());
  const editingSession = editing.session;
  const listView =
    library.openers.loading && !library.openers.data ? (
      <p class="empty">{strings.common.loading}</p>
    ) : (
      <OpenerList
        openers={visible}
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
