/**
 * The opener library container: search, list, editor, and the worker round trips behind them.
 * Errors from the worker go to an alert; the draft stays until it is saved or knowingly discarded.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Opener } from '../../shared/schema/stored';
import { ErrorAlert } from '../../ui/Alert';
import { userMessage } from '../../ui/client-context';
import { SearchField } from '../../ui/SearchField';
import { StatusRegion } from '../../ui/StatusRegion';
import { searchBy } from '../../ui/search';
import { strings } from '../../ui/strings';
import { useStatus } from '../../ui/use-status';
import { searchableText, sortOpeners } from './draft';
import { type DraftStore, localDraftStore } from './draft-store';
import { OpenerEditorContainer } from './OpenerEditorContainer';
import { OpenerList } from './OpenerList';
import { useOpenerEditing } from './use-opener-editing';
import { useOpeners } from './use-openers';

export function OpenersTab({ draftStore = localDraftStore() }: { draftStore?: DraftStore }) {
  const library = useOpeners();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const status = useStatus();
  const searchRef = useRef<HTMLInputElement>(null);
  const editing = useOpenerEditing({ library, draftStore, status, setError });

  // Back from the editor, focus returns to the opener that was open (or the search box).
  const wasEditing = useRef(editing.session !== null);
  useEffect(() => {
    if (wasEditing.current && !editing.session) {
      const row = document.querySelector<HTMLElement>(
        `[data-opener-id="${CSS.escape(editing.lastId ?? '')}"] button`,
      );
      (row ?? searchRef.current)?.focus();
    }
    wasEditing.current = editing.session !== null;
  }, [editing.session, editing.lastId]);

  const visible = useMemo(
    () => searchBy(sortOpeners(library.openers.data ?? []), query, searchableText),
    [library.openers.data, query],
  );

  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(userMessage(failure));
    }
  };

  const remove = (opener: Opener) =>
    attempt(async () => {
      const removed = await library.remove(opener.id);
      const title = removed.title || strings.openers.untitled;
      status.show(strings.openers.deleted(title), {
        label: strings.openers.undo,
        run: () =>
          attempt(async () => {
            await library.restore(removed);
            status.show(strings.openers.restored(title));
          }),
      });
      searchRef.current?.focus();
    });

  const duplicate = (opener: Opener) =>
    attempt(async () => {
      const copy = await library.save({
        title: strings.openers.copyTitle(opener.title || strings.openers.untitled).slice(0, 120),
        body: opener.body,
        tags: opener.tags,
        language: opener.language,
      });
      status.show(strings.openers.savedOpener(copy.title));
    });

  const alert = error ?? library.openers.error;
  const dismiss = () => (error ? setError(null) : library.openers.reload());
  const chrome = (
    <>
      <ErrorAlert message={alert} onDismiss={dismiss} />
      <StatusRegion message={status.message} onExpire={status.clear} />
    </>
  );

  if (editing.session) {
    return (
      <section class="openers">
        {chrome}
        <OpenerEditorContainer session={editing.session} saving={editing.saving} actions={editing} />
      </section>
    );
  }

  return (
    <section class="openers" aria-label={strings.popup.tabOpeners}>
      <div class="toolbar">
        <SearchField
          label={strings.openers.searchLabel}
          placeholder={strings.openers.searchPlaceholder}
          value={query}
          onInput={setQuery}
          inputRef={searchRef}
        />
        <button type="button" class="button button--primary" onClick={() => editing.open(null)}>
          {strings.openers.create}
        </button>
      </div>
      {chrome}
      {library.openers.loading && !library.openers.data ? (
        <p class="empty">{strings.common.loading}</p>
      ) : (
        <OpenerList
          openers={visible}
          query={query}
          onOpen={editing.open}
          onDuplicate={duplicate}
          onDelete={remove}
        />
      )}
    </section>
  );
}
