/**
 * What every part of the selector proof table shares: the proof's shape, the fixture files by short
 * name, the markup eras, and the two builders the parts are written with.
 */

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
export const EMBER = '?era=ember';
export const V2019 = '?era=2019';
/** The artdeco search of search-results-2026-direct.html, where markup cannot tell direct sends apart. */
export const EMBER_SEARCH = EMBER;

/** The same state and count on each of `fixtures`. */
export const proofs = (state: FixtureState, count: number, fixtures: readonly string[]): SelectorProof[] =>
  fixtures.map((fixture) => ({ fixture, state, count }));

/** A page-state proof on one fixture, in its default markup or the era `query` selects. */
export const onPage = (fixture: string, count: number, query?: string): SelectorProof =>
  query === undefined ? { fixture, state: 'page', count } : { fixture, state: 'page', count, query };
