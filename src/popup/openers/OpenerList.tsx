/**
 * The library list: each opener is a button that opens it, with Duplicate and Delete beside it.
 * Long libraries show a page of rows at a time, so opening the popup and each search keystroke lay out
 * a screenful, not 1,000 rows; "Show more" adds a page, by itself when it scrolls into view (or is
 * tabbed to), and each row tells assistive technology its place in the whole list. Searching reaches
 * every opener regardless.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Opener } from '../../shared/schema/stored';
import { strings } from '../../ui/strings';

interface OpenerListProps {
  openers: readonly Opener[];
  /** How many openers the list stands for: more than `openers` while the library is still loading. */
  total: number;
  /** False while the library is still loading (the list is marked busy). */
  complete: boolean;
  query: string;
  onOpen: (opener: Opener) => void;
  onDuplicate: (opener: Opener) => void;
  onDelete: (opener: Opener) => void;
}

const titleOf = (opener: Opener) => opener.title || strings.openers.untitled;

type Actions = Pick<OpenerListProps, 'onOpen' | 'onDuplicate' | 'onDelete'>;

function OpenerRow({
  opener,
  position,
  setSize,
  onOpen,
  onDuplicate,
  onDelete,
}: Actions & { opener: Opener; position: number; setSize: number }) {
  const title = titleOf(opener);
  return (
    <li class="opener" data-opener-id={opener.id} aria-posinset={position} aria-setsize={setSize}>
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

/** Rows rendered at first and added by each "Show more": more than the popup shows at once. */
export const PAGE_SIZE = 15;

/** The next page's button; it also presses itself once it comes near the visible part of the list. */
function ShowMore({ label, onMore }: { label: string; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef(onMore);
  latest.current = onMore;
  useEffect(() => {
    const target = button.current;
    if (!target || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) latest.current();
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return (
    <button ref={button} type="button" class="button button--quiet show-more" onClick={onMore}>
      {label}
    </button>
  );
}

export function OpenerList({ openers, total, complete, query, ...actions }: OpenerListProps) {
  // The page count belongs to one query: a new search starts again from the first page.
  const [paging, setPaging] = useState({ query, pages: 1 });
  const pages = paging.query === query ? paging.pages : 1;
  if (openers.length === 0) {
    if (!complete) return <p class="empty">{strings.common.loading}</p>;
    return (
      <p class="empty">{query.trim() ? strings.openers.noMatches(query.trim()) : strings.openers.empty}</p>
    );
  }
  const shown = openers.slice(0, pages * PAGE_SIZE);
  const hidden = total - shown.length;
  const more = () => setPaging((last) => ({ query, pages: (last.query === query ? last.pages : 1) + 1 }));
  return (
    <>
      <ul class="opener-list" aria-label={strings.openers.matchCount(total)} aria-busy={!complete}>
        {shown.map((opener, at) => (
          <OpenerRow key={opener.id} opener={opener} position={at + 1} setSize={total} {...actions} />
        ))}
      </ul>
      {hidden > 0 && (
        <ShowMore label={strings.openers.showMore(Math.min(hidden, PAGE_SIZE), hidden)} onMore={more} />
      )}
    </>
  );
}
