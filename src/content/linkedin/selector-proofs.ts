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
} as const;

const proofs = (state: FixtureState, count: number, fixtures: readonly string[]): SelectorProof[] =>
  fixtures.map((fixture) => ({ fixture, state, count }));

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
  directConnect: [...proofs('page', 4, [F.PYMK]), ...proofs('page', 0, [F.P2025, F.SEARCH, F.COMPANY])],
  topCard: [
    { fixture: F.P2025, state: 'page', count: 1 },
    { fixture: F.P2023, state: 'page', count: 1 },
    { fixture: F.FR, state: 'page', count: 1 },
    { fixture: F.SEARCH, state: 'page', count: 0 },
  ],
  resultCard: [
    { fixture: F.SEARCH, state: 'page', count: 8 },
    { fixture: F.SDUI_SEARCH, state: 'page', count: 3 },
    { fixture: F.COMPANY, state: 'page', count: 2 },
    { fixture: F.P2025, state: 'page', count: 0 },
  ],
  profileLink: [{ fixture: F.SEARCH, state: 'page', count: 4 }],
};
