/**
 * The editor's working copy of an opener. Tags are edited as one comma-separated field and parsed
 * on save, so typing "sales, " does not fight the user by reformatting mid-word.
 */
import { byPinnedThenRecent } from '../../shared/opener-order';
import type { Opener, OpenerDraft } from '../../shared/schema/stored';

export interface EditorDraft {
  id?: string;
  title: string;
  body: string;
  tagsText: string;
  pinned: boolean;
}

export const EMPTY_DRAFT: EditorDraft = { title: '', body: '', tagsText: '', pinned: false };

export function draftFromOpener(opener: Opener): EditorDraft {
  return {
    id: opener.id,
    title: opener.title,
    body: opener.body,
    tagsText: opener.tags.join(', '),
    pinned: opener.pinned,
  };
}

export function parseTags(tagsText: string): string[] {
  const tags = tagsText
    .split(',')
    .map((tag) => tag.trim().slice(0, 40))
    .filter(Boolean);
  return [...new Set(tags)];
}

export function draftToRequest(draft: EditorDraft): OpenerDraft {
  const request: OpenerDraft = {
    title: draft.title.trim(),
    body: draft.body,
    tags: parseTags(draft.tagsText),
    pinned: draft.pinned,
  };
  if (draft.id) request.id = draft.id;
  return request;
}

export function sameDraft(a: EditorDraft, b: EditorDraft): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.body === b.body &&
    parseTags(a.tagsText).join(',') === parseTags(b.tagsText).join(',') &&
    a.pinned === b.pinned
  );
}

/** Pinned first, then the most recently changed: the order the user last touched things in. */
export function sortOpeners(openers: readonly Opener[]): Opener[] {
  return [...openers].sort(byPinnedThenRecent);
}

export function searchableText(opener: Opener): string {
  return `${opener.title} ${opener.body} ${opener.tags.join(' ')}`;
}
