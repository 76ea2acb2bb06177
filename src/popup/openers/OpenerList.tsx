/**
 * The library list: each opener is a button that opens it, with Duplicate and Delete beside it.
 * Long libraries show a page of rows at a time ("Show more"), so opening the popup and each search
 * keystroke stay instant; searching reaches every opener regardless.
 */
import { useState } from 'preact/hooks';
import type { Opener } from '../../shared/schema/stored';
import { strings } from '../../ui/strings';

interface OpenerListProps {
  openers: readonly Opener[];
  query: string;
  onOpen: (opener: Opener) => void;
  onDuplicate: (opener: Opener) => void;
  onDelete: (opener: Opener) => void;
}

const titleOf = (opener: Opener) => opener.title || strings.openers.untitled;

function OpenerRow({
  opener,
  onOpen,
  onDuplicate,
  onDelete,
}: Omit<OpenerListProps, 'openers' | 'query'> & {
  opener: Opener;
}) {
  const title = titleOf(opener);
  return (
    <li class="opener" data-opener-id={opener.id}>
      <button type="button" class="opener__open" onClick={() => onOpen(opener)}>
        <span class="opener__title">
          {title}
          {opener.pinned && (
            <>
              {' '}
              <span class="badge">{strings.openers.pinned}</span>
            </>
          )}
        </span>
        {/* User text is rendered as text nodes only: an opener may contain markup-looking text. */}
        <span class="opener__excerpt">{opener.body}</span>
        {opener.tags.length > 0 && (
          <span class="opener__tags">
            <span class="visually-hidden">{strings.openers.tags}: </span>
            {opener.tags.map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </button>
      <div class="opener__actions">
        <button
          type="button"
          class="button button--small button--quiet"
          aria-label={strings.openers.duplicateLabel(title)}
          onClick={() => onDuplicate(opener)}
        >
          {strings.openers.duplicate}
        </button>
        <button
          type="button"
          class="button button--small button--danger"
          aria-label={strings.openers.deleteLabel(title)}
          onClick={() => onDelete(opener)}
        >
          {strings.openers.delete}
        </button>
      </div>
    </li>
  );
}

/** Rows rendered at first and added by each "Show more". */
export const PAGE_SIZE = 100;

export function OpenerList({ openers, query, ...actions }: OpenerListProps) {
  // The page count belongs to one query: a new search starts again from the first page.
  const [paging, setPaging] = useState({ query, pages: 1 });
  const pages = paging.query === query ? paging.pages : 1;
  if (openers.length === 0) {
    return (
      <p class="empty">{query.trim() ? strings.openers.noMatches(query.trim()) : strings.openers.empty}</p>
    );
  }
  const shown = openers.slice(0, pages * PAGE_SIZE);
  const hidden = openers.length - shown.length;
  return (
    <>
      <ul class="opener-list" aria-label={strings.openers.matchCount(openers.length)}>
        {shown.map((opener) => (
          <OpenerRow key={opener.id} opener={opener} {...actions} />
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          class="button button--quiet show-more"
          onClick={() => setPaging({ query, pages: pages + 1 })}
        >
          {strings.openers.showMore(Math.min(hidden, PAGE_SIZE), hidden)}
        </button>
      )}
    </>
  );
}
