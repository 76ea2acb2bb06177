/**
 * Proofs for the selectors that find where an invitation starts: Connect links and buttons (including
 * the ones that send at once), top cards, search result cards and profile links.
 */
import type { SelectorName } from '../selectors';
import { EMBER, EMBER_SEARCH, F, onPage, proofs, type SelectorProof, V2019 } from './shared';

export const entryPointProofs = {
  connectAnchor: [
    // The top card's own Connect plus a rail stranger's: attribution must use the slug, not the first hit.
    onPage(F.P2025, 2),
    onPage(F.P2023, 0),
    onPage(F.SDUI_SEARCH, 3),
    // Only the dialog-opening link; the direct-send buttons have no invite href.
    onPage(F.SEARCH_DIRECT, 1),
  ],
  connectButton: [
    onPage(F.P2023, 2),
    onPage(F.SEARCH, 1),
    onPage(F.P2025, 1),
    onPage(F.COMPANY, 2),
    onPage(F.V2018, 2),
    onPage(F.P2020, 1),
    onPage(F.HDYK, 1),
  ],
  directConnect: [
    ...proofs('page', 4, [F.PYMK]),
    ...proofs('page', 0, [F.P2025, F.SEARCH, F.COMPANY, F.SEARCH_DIRECT]),
  ],
  // The two keyed buttons, never the dialog-opening search link next to them, nor any other search page.
  searchDirectConnect: [
    onPage(F.SEARCH_DIRECT, 2),
    onPage(F.SEARCH_DIRECT, 0, EMBER_SEARCH),
    ...proofs('page', 0, [F.SDUI_SEARCH, F.SEARCH, F.COMPANY, F.PYMK, F.P2025]),
  ],
  // Three Connect buttons and a Follow (the label decides); SDUI search's dialog links are not buttons.
  searchCardButton: [
    onPage(F.SEARCH_DIRECT, 4),
    onPage(F.SEARCH_DIRECT, 0, EMBER_SEARCH),
    ...proofs('page', 0, [F.SDUI_SEARCH, F.SEARCH, F.PYMK]),
  ],
  topCard: [
    onPage(F.P2025, 1),
    onPage(F.P2023, 1),
    onPage(F.FR, 1),
    onPage(F.SEARCH, 0),
    onPage(F.PENDING, 1),
    onPage(F.PENDING, 1, EMBER),
    onPage(F.FIRST, 1),
    onPage(F.FIRST, 1, EMBER),
    onPage(F.FIRST, 1, V2019),
    onPage(F.SENT, 0),
  ],
  resultCard: [
    onPage(F.SEARCH_DIRECT, 6),
    onPage(F.SEARCH_DIRECT, 4, EMBER_SEARCH),
    onPage(F.SEARCH, 8),
    onPage(F.SDUI_SEARCH, 3),
    onPage(F.COMPANY, 2),
    onPage(F.P2025, 0),
  ],
  profileLink: [onPage(F.SEARCH, 4), onPage(F.SENT, 10), onPage(F.EMBER_SENT, 8)],
} satisfies Partial<Record<SelectorName, readonly SelectorProof[]>>;
