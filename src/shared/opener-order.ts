/**
 * The popup library's order: pinned first, then the most recently changed (the order the user last
 * touched things in). Shared so the worker's first page (listOpenersPage) holds exactly the popup's first rows.
 */
import type { Opener } from './schema/stored';

export function byPinnedThenRecent(a: Opener, b: Opener): number {
  return Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt;
}
