/**
 * listOpenersPage: the popup's first rows (pinned, then most recently changed) and the library's size,
 * so the popup can paint a screenful without receiving and parsing every opener first.
 */
import { byPinnedThenRecent } from '../shared/opener-order';
import type { ResponseData } from '../shared/schema/messages';
import { listOpeners } from './store/openers';
import type { StoreSession } from './store/session';

export async function listOpenersPage(
  session: StoreSession,
  limit: number,
): Promise<ResponseData<'listOpenersPage'>> {
  // listOpeners hands out its own copy of the cached list, so sorting it in place is safe.
  const openers = (await listOpeners(session)).sort(byPinnedThenRecent);
  return { openers: openers.slice(0, limit), total: openers.length };
}
