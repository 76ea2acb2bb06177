/** The editor session: which opener is open, its draft (mirrored to the draft store), and saving. */
import { useEffect, useState } from 'preact/hooks';
import type { Opener } from '../../shared/schema/stored';
import { userMessage } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import type { Status } from '../../ui/use-status';
import { draftFromOpener, draftToRequest, type EditorDraft, EMPTY_DRAFT } from './draft';
import type { DraftStore } from './draft-store';
import type { OpenerLibrary } from './use-openers';

export interface EditorSession {
  draft: EditorDraft;
  original: EditorDraft;
}

export interface OpenerEditing {
  session: EditorSession | null;
  saving: boolean;
  /** The opener the last session was about, to put focus back on it in the list. */
  lastId: string | null;
  open: (opener: Opener | null) => void;
  change: (draft: EditorDraft) => void;
  save: () => Promise<void>;
  discard: () => void;
}

interface Dependencies {
  library: OpenerLibrary;
  draftStore: DraftStore;
  status: Status;
  setError: (message: string | null) => void;
}

export function useOpenerEditing({ library, draftStore, status, setError }: Dependencies): OpenerEditing {
  const [session, setSession] = useState<EditorSession | null>(() => draftStore.load());
  const [saving, setSaving] = useState(false);
  const [lastId, setLastId] = useState<string | null>(null);

  // Announce a restored draft once, on mount.
  useEffect(() => {
    if (session) status.show(strings.editor.draftRestored);
  }, []);

  const close = (id: string | null) => {
    draftStore.clear();
    setLastId(id);
    setSession(null);
  };

  const open = (opener: Opener | null) => {
    const draft = opener ? draftFromOpener(opener) : EMPTY_DRAFT;
    setError(null);
    setSession({ draft, original: draft });
  };

  const change = (draft: EditorDraft) => {
    if (!session) return;
    setSession({ draft, original: session.original });
    draftStore.save(draft, session.original);
  };

  const save = async () => {
    if (!session) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await library.save(draftToRequest(session.draft));
      close(saved.id);
      status.show(strings.openers.savedOpener(saved.title || strings.openers.untitled));
    } catch (failure) {
      // The editor stays open with the draft intact, so nothing typed is lost.
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  const discard = () => close(session?.original.id ?? null);
  return { session, saving, lastId, open, change, save, discard };
}
