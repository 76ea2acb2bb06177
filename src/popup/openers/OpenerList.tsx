/** The library list: each opener is a button that opens it, with Duplicate and Delete beside it. */
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

export function OpenerList({ openers, query, ...actions }: OpenerListProps) {
  if (openers.length === 0) {
    return (
      <p class="empty">{query.trim() ? strings.openers.noMatches(query.trim()) : strings.openers.empty}</p>
    );
  }
  return (
    <ul class="opener-list" aria-label={strings.openers.matchCount(openers.length)}>
      {openers.map((opener) => (
        <OpenerRow key={opener.id} opener={opener} {...actions} />
      ))}
    </ul>
  );
}
