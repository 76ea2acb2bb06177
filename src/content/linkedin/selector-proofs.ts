/**
 * Proof for every selector in `selectors.ts`: the fixtures (tests/fixtures/*.html) where it must match,
 * the state each fixture is driven to, and how many matches are expected (0 where it must NOT match).
 * Used only by tests/e2e/selectors.spec.ts, which fails for a selector without proof; never imported by
 * the content script, so none of it ships to LinkedIn's pages.
 */
import type { SelectorName } from './selectors';

/** The fixture states the proof test can drive a page to ('sent': the note step's Send was clicked). */
export type FixtureState = 'page' | 'gate' | 'note' | 'sent';

export interface SelectorProof {
  fixture: string;
  state: FixtureState;
  count: number;
  /** Appended to the fixture's URL: some fixtures render an older era's markup for `?era=…`. */
  query?: string;
}

/** Fixture files, by short name. */
export const F = {
  P2025: 'profile-2025-add-note-200.html',
  P2023: 'profile-2023-artdeco-add-note.html',
  P2020: 'profile-2020-artdeco-customize.html',
  V2018: 'profile-2018-send-invite.html',
  HDYK: 'profile-2021-how-do-you-know.html',
  LEGACY: 'legacy-2014-people-invite.html',
  FR: 'french-profile-modal.html',
  DE: 'profile-sdui-de.html',
  ES: 'profile-sdui-es.html',
  PT: 'profile-sdui-pt.html',
  IT: 'profile-sdui-it.html',
  SEARCH: 'search-results-connect.html',
  SDUI_SEARCH: 'search-results-2025-sdui.html',
  COMPANY: 'company-people-tab.html',
  SALES: 'sales-navigator-connect.html',
  EMAIL: 'email-required.html',
  UPSELL: 'premium-upsell-limit.html',
  LIMIT: 'weekly-limit-alert.html',
  PYMK: 'pymk-card.html',
  SEARCH_DIRECT: 'search-results-2026-direct.html',
  PENDING: 'profile-pending.html',
  FIRST: 'profile-1st-degree.html',
  SENT: 'sent-invitations-page.html',
  EMBER_SENT: 'sent-invitations-2022-ember.html',
} as const;

/** Markup eras the outcome fixtures render on request. */
const EMBER = '?era=ember';
const V2019 = '?era=2019';
/** The artdeco search of search-results-2026-direct.html, where markup cannot tell direct sends apart. */
const EMBER_SEARCH = EMBER;

const proofs = (state: FixtureState, count: number, fixtures: readonly string[]): SelectorProof[] =>
  fixtures.map((fixture) => ({ fixture, state, count }));

/** A page-state proof on one fixture, in its default markup or the era `query` selects. */
const onPage = (fixture: string, count: number, query?: string): SelectorProof =>
  query === undefined ? { fixture, state: 'page', count } : { fixture, state: 'page', count, query };

export const selectorProofs: Record<SelectorName, readonly SelectorProof[]> = {
  modalOutlet: proofs('page', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.SALES, F.DE]),
  interopOutlet: [
    ...proofs('page', 1, [F.P2025, F.DE, F.SDUI_SEARCH]),
    ...proofs('page', 0, [F.P2023, F.V2018]),
  ],
  dialog: [
    ...proofs('page', 0, [F.P2025, F.P2023, F.FR, F.SEARCH]),
    ...proofs('gate', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.DE]),
    ...proofs('note', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.SALES, F.DE]),
  ],
  inviteDialog: [
    ...proofs('gate', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.P2020, F.HDYK, F.DE, F.ES]),
    ...proofs('note', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.P2020, F.SALES, F.UPSELL, F.PT]),
    { fixture: F.LIMIT, state: 'sent', count: 0 },
  ],
  invitePage: [...proofs('page', 1, [F.LEGACY]), ...proofs('page', 0, [F.P2023])],
  noteField: [
    ...proofs('gate', 0, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.DE]),
    ...proofs('note', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.P2020, F.SALES, F.IT]),
    ...proofs('page', 1, [F.LEGACY]),
    ...proofs('note', 0, [F.UPSELL]),
  ],
  primaryAction: [
    ...proofs('gate', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018]),
    ...proofs('note', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.SALES]),
    ...proofs('page', 1, [F.LEGACY]),
    // SDUI-only markup has hashed classes: Send is found by structure (dialog.ts), not by this selector.
    ...proofs('note', 0, [F.DE, F.ES]),
  ],
  emailField: [...proofs('gate', 1, [F.EMAIL]), ...proofs('gate', 0, [F.P2025, F.P2023])],
  premiumLink: [...proofs('note', 1, [F.UPSELL]), ...proofs('note', 0, [F.P2023, F.SEARCH])],
  relationshipOption: [...proofs('gate', 6, [F.HDYK]), ...proofs('gate', 0, [F.P2023, F.EMAIL])],
  liveRegion: [
    { fixture: F.P2025, state: 'gate', count: 0 },
    { fixture: F.P2025, state: 'note', count: 1 },
    { fixture: F.FR, state: 'note', count: 1 },
    { fixture: F.P2023, state: 'gate', count: 1 },
    { fixture: F.P2023, state: 'note', count: 2 },
    { fixture: F.SEARCH, state: 'note', count: 2 },
  ],
  dialogRecipientName: [
    ...proofs('gate', 1, [F.P2025, F.P2023, F.FR, F.SEARCH, F.V2018, F.DE]),
    ...proofs('note', 0, [F.P2025, F.P2023]),
    ...proofs('note', 1, [F.SALES]),
  ],
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
  cardPending: [
    // Also read in a search result's card after a Connect click (direct-send learning): Ember's label.
    { fixture: F.SEARCH_DIRECT, state: 'sent', count: 1, query: EMBER_SEARCH },
    { fixture: F.SEARCH_DIRECT, state: 'sent', count: 1 },
    // Kim Nguyen's card was already Pending when the artdeco search page loaded.
    onPage(F.SEARCH, 1),
    onPage(F.SEARCH_DIRECT, 0, EMBER_SEARCH),
    onPage(F.PENDING, 1),
    onPage(F.PENDING, 1, EMBER),
    onPage(F.FIRST, 0),
    onPage(F.FIRST, 0, EMBER),
  ],
  // Rails carry strangers' Connect: the classifier reads inside the top card only.
  cardConnect: [onPage(F.PENDING, 1), onPage(F.FIRST, 1), onPage(F.PENDING, 0, EMBER)],
  cardCompose: [onPage(F.FIRST, 2), onPage(F.PENDING, 1), onPage(F.FIRST, 0, EMBER)],
  cardMessageAnywhere: [
    onPage(F.FIRST, 1, EMBER),
    onPage(F.FIRST, 1, V2019),
    onPage(F.PENDING, 0, EMBER),
    onPage(F.FIRST, 0),
  ],
  // Deliberately broad (every <p>); the digit pattern decides. Text proof: outcomes-selectors.spec.ts.
  cardDegree: [onPage(F.FIRST, 5), onPage(F.FIRST, 1, EMBER), onPage(F.FIRST, 1, V2019)],
  cardLabelledButton: [onPage(F.FIRST, 0), onPage(F.PENDING, 2)],
  sentList: [onPage(F.SENT, 1), onPage(F.EMBER_SENT, 0), onPage(F.PENDING, 0)],
  sentRow: [onPage(F.SENT, 5), onPage(F.EMBER_SENT, 4), onPage(F.PENDING, 0)],
  sentWithdraw: [
    onPage(F.SENT, 5),
    onPage(F.SENT, 5, '?withdraw=button'),
    onPage(F.EMBER_SENT, 4),
    onPage(F.FIRST, 0),
  ],
  sentAge: [onPage(F.SENT, 14), onPage(F.EMBER_SENT, 4), onPage(F.PENDING, 0)],
  sentPageButton: [onPage(F.EMBER_SENT, 2), onPage(F.SENT, 0)],
  sentPeopleFilter: [onPage(F.SENT, 1), onPage(F.EMBER_SENT, 1), onPage(F.PENDING, 0)],
};
