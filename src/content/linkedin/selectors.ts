/**
 * Every LinkedIn selector the extension uses, in one place. Each entry says what it finds, why it is
 * shaped that way, and where it must match: `proof` lists fixtures (tests/fixtures/*.html), the state the
 * fixture is driven to, and how many matches are expected (0 where it must NOT match). The selector
 * proof test (tests/e2e/selectors.spec.ts) loads every listed fixture in Chromium and counts; an entry
 * without proof fails that test.
 *
 * Locale-independent hooks (ids, hrefs, structure, roles) come first; translated labels are a fallback
 * and live in `labels.ts`.
 */

/** The fixture states the proof test can drive a page to. */
export type FixtureState = 'page' | 'gate' | 'note';

export interface SelectorProof {
  fixture: string;
  state: FixtureState;
  count: number;
}

export interface LinkedInSelector {
  css: string;
  proof: readonly SelectorProof[];
}

const P2025 = 'profile-2025-add-note-200.html';
const P2023 = 'profile-2023-artdeco-add-note.html';
const FR = 'french-profile-modal.html';
const SEARCH = 'search-results-connect.html';

const everywhere = (state: FixtureState, count: number): SelectorProof[] =>
  [P2025, P2023, FR, SEARCH].map((fixture) => ({ fixture, state, count }));

export const selectors = {
  /** Ember's light-DOM modal outlet (artdeco era, still served in 2026). */
  modalOutlet: {
    css: '#artdeco-modal-outlet',
    proof: [...everywhere('page', 1)],
  },
  /** SDUI host whose OPEN shadow root holds the invite dialog (2025+). Absent on Ember pages. */
  interopOutlet: {
    css: '#interop-outlet, [data-testid="interop-shadowdom"]',
    proof: [
      { fixture: P2025, state: 'page', count: 1 },
      { fixture: P2023, state: 'page', count: 0 },
    ],
  },
  /** Any open dialog; the withdraw confirmation is a native <dialog>, the invite one a div[role=dialog]. */
  dialog: {
    css: '[role="dialog"], [role="alertdialog"], dialog[open]',
    proof: [...everywhere('page', 0), ...everywhere('gate', 1), ...everywhere('note', 1)],
  },
  /** The invite dialog, both steps: its title id has survived every era since 2019 (2018: "-header"). */
  inviteDialog: {
    css: '[aria-labelledby^="send-invite-modal"], [data-test-modal-id="send-invite-modal"] [role="dialog"]',
    proof: [...everywhere('gate', 1), ...everywhere('note', 1)],
  },
  /** The note field on the note step; the id and name are not translated. */
  noteField: {
    css: 'textarea#custom-message, textarea[name="message"]',
    proof: [...everywhere('gate', 0), ...everywhere('note', 1)],
  },
  /** The dialog's action bar; its primary button is Send (note step) or Send without a note (gate). */
  primaryAction: {
    css: '.artdeco-modal__actionbar .artdeco-button--primary',
    proof: [...everywhere('gate', 1), ...everywhere('note', 1)],
  },
  /** Live regions; inside the note step's dialog the counter ("0/200") is one. Ember pages add a toast region. */
  liveRegion: {
    css: '[aria-live]',
    proof: [
      { fixture: P2025, state: 'gate', count: 0 },
      { fixture: P2025, state: 'note', count: 1 },
      { fixture: FR, state: 'note', count: 1 },
      { fixture: P2023, state: 'gate', count: 1 },
      { fixture: P2023, state: 'note', count: 2 },
      { fixture: SEARCH, state: 'note', count: 2 },
    ],
  },
  /** Bold recipient name in the gating step's body ("Personalize your invitation to <strong>X</strong>"). */
  gateRecipientName: {
    css: '.artdeco-modal__content strong',
    proof: [...everywhere('gate', 1), ...everywhere('note', 0)],
  },
  /** SDUI Connect anchors carry the recipient's slug in the href (profile and search deep links). */
  connectAnchor: {
    css: 'a[href*="custom-invite/?vanityName="]',
    proof: [
      // The top card's own Connect plus a rail stranger's: attribution must use the slug, not the first hit.
      { fixture: P2025, state: 'page', count: 2 },
      { fixture: P2023, state: 'page', count: 0 },
    ],
  },
  /** Ember-era Connect controls: a button (or menu item) whose label invites someone to connect. */
  connectButton: {
    css: 'button[aria-label$=" to connect"], [role="button"][aria-label$=" to connect"]',
    proof: [
      { fixture: P2023, state: 'page', count: 2 },
      { fixture: SEARCH, state: 'page', count: 1 },
      { fixture: P2025, state: 'page', count: 1 },
    ],
  },
  /** The profile's top card: facts about the recipient are read only from here, never from side rails. */
  topCard: {
    css: 'section[componentkey$="Topcard"], section.pv-top-card',
    proof: [
      { fixture: P2025, state: 'page', count: 1 },
      { fixture: P2023, state: 'page', count: 1 },
      { fixture: FR, state: 'page', count: 1 },
      { fixture: SEARCH, state: 'page', count: 0 },
    ],
  },
  /** A search result card: the Connect button's recipient is the card's own profile link. */
  resultCard: {
    css: 'li.reusable-search__result-container, [data-chameleon-result-urn], div[componentkey^="SearchResults"]',
    proof: [
      { fixture: SEARCH, state: 'page', count: 8 },
      { fixture: P2025, state: 'page', count: 0 },
    ],
  },
  /** Links to member profiles (/in/<slug>). */
  profileLink: {
    css: 'a[href*="/in/"]',
    proof: [{ fixture: SEARCH, state: 'page', count: 4 }],
  },
} as const satisfies Record<string, LinkedInSelector>;

export type SelectorName = keyof typeof selectors;

/** The CSS for a named selector (kept as a function so call sites read as names, not strings). */
export const css = (name: SelectorName): string => selectors[name].css;
