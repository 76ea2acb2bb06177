/**
 * Proofs for the selectors that find where an invitation starts: Connect links and buttons (including
 * the ones that send at once), top cards, search result cards and profile links.
 */
import type { SelectorName } from '../selectors';
import { EMBER, EMBER_SEARCH, F, onPage, proofs, type SelectorProof, V2019 } from './shared';

export const entryPointProofs = {
  connectAnchor: [
    // The top card's own Connect plus a rail stranger's: attribution must use the slug, not the first hit.
    { fixture: F.P2025, state: 'page', count: 2 },
    { fixture: F.P2023, state: 'page', count: 0 },
    { fixture: F.SDUI_SEARCH, state: 'page', count: 3 },
    // Only the dialog-opening link; the direct-send buttons have no invite href.
    onPage(F.SEARCH_DIRECT, 1),
  ],
  connectButton: [
    { fixture: F.P2023, state: 'page', count: 2 },
    { fixture: F.SEARCH, state: 'page', count: 1 },
    { fixture: F.P2025, state: 'page', count: 1 },
    { fixture: F.COMPANY, state: 'page', count: 2 },
    { fixture: F.V2018, state: 'page', count: 2 },
    { fixture: F.P2020, state: 'page', count: 1 },
    { fixture: F.HDYK, state: 'page', count: 1 },
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
    { fixture: F.P2025, state: 'page', count: 1 },
    { fixture: F.P2023, state: 'page', count: 1 },
    { fixture: F.FR, state: 'page', count: 1 },
    { fixture: F.SEARCH, state: 'page', count: 0 },
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
    { fixture: F.SEARCH, state: 'page', count: 8 },
    { fixture: F.SDUI_SEARCH, state: 'page', count: 3 },
    { fixture: F.COMPANY, state: 'page', count: 2 },
    { fixture: F.P2025, state: 'page', count: 0 },
  ],
  profileLink: [onPage(F.SEARCH, 4), onPage(F.SENT, 10), onPage(F.EMBER_SENT, 8)],
} satisfies Partial<Record<SelectorName, readonly SelectorProof[]>>;
