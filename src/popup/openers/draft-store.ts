/**
 * Keeps the opener being edited across popup closes: a popup disappears on any click outside it,
 * and losing a half-written note to that would be the worst kind of surprise.
 * The draft lives in the page's own localStorage (this browser only) until it is saved or discarded.
 */
import type { EditorDraft } from './draft';

export interface DraftStore {
  load(): { draft: EditorDraft; original: EditorDraft } | null;
  save(draft: EditorDraft, original: EditorDraft): void;
  clear(): void;
}

const KEY = 'personal-touch.opener-draft';

function isDraft(value: unknown): value is EditorDraft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.title === 'string' &&
    typeof record.body === 'string' &&
    typeof record.tagsText === 'string' &&
    typeof record.pinned === 'boolean' &&
    (record.id === undefined || typeof record.id === 'string')
  );
}

export function localDraftStore(storage: Storage | undefined = globalThis.localStorage): DraftStore {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
        if (typeof parsed !== 'object' || parsed === null) return null;
        const { draft, original } = parsed as Record<string, unknown>;
        return isDraft(draft) && isDraft(original) ? { draft, original } : null;
      } catch {
        return null; // A corrupt or unavailable draft is not worth an error message.
      }
    },
    save(draft, original) {
      try {
        storage?.setItem(KEY, JSON.stringify({ draft, original }));
      } catch {
        // Storage full or disabled: the in-memory draft still works while the popup is open.
      }
    },
    clear() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

export function memoryDraftStore(): DraftStore {
  let saved: { draft: EditorDraft; original: EditorDraft } | null = null;
  return {
    load: () => saved,
    save: (draft, original) => {
      saved = { draft, original };
    },
    clear: () => {
      saved = null;
    },
  };
}
