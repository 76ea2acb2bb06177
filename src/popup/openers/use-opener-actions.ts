/** The list's one-click actions: delete (with Undo in the status region) and duplicate. */
import type { RefObject } from 'preact';
import type { Opener } from '../../shared/schema/stored';
import { userMessage } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import type { Status } from '../../ui/use-status';
import type { OpenerLibrary } from './use-openers';

interface Dependencies {
  library: OpenerLibrary;
  status: Status;
  setError: (message: string | null) => void;
  /** Where focus goes once the deleted row is gone. */
  afterDeleteFocus: RefObject<HTMLElement | null>;
}

export function useOpenerActions({ library, status, setError, afterDeleteFocus }: Dependencies) {
  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(userMessage(failure));
    }
  };

  const undoDelete = (removed: Opener, title: string) =>
    attempt(async () => {
      await library.restore(removed);
      status.show(strings.openers.restored(title));
    });

  const remove = (opener: Opener) =>
    attempt(async () => {
      const removed = await library.remove(opener.id);
      const title = removed.title || strings.openers.untitled;
      status.show(strings.openers.deleted(title), {
        label: strings.openers.undo,
        run: () => void undoDelete(removed, title),
      });
      afterDeleteFocus.current?.focus();
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

  return { remove, duplicate };
}
