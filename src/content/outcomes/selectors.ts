/**
 * LinkedIn selectors for outcome pages (a profile's relationship state, the Sent invitations page),
 * facts.md §7. Kept here, in the same shape as linkedin/selectors.ts, while that file is being
 * restructured by its owner; proof for each entry lives in tests/e2e/outcomes-selectors.spec.ts.
 * Locale-independent hooks first; the English aria-label prefixes are the documented fallback.
 */
export const outcomeSelectors = {
  /** The profile's own top card (SDUI, artdeco, and the 2019 v3 card); rails are never read. */
  topCard: 'section[componentkey$="Topcard"], section.pv-top-card, section.pv-top-card-v3',
  /** Pending: SDUI `<a componentkey="…_pending">`; Ember's button carries the (English) label. */
  pending: 'a[componentkey$="_pending"], [aria-label^="Pending, click to withdraw invitation"]',
  /** Connect (again): SDUI invite deep link or `…_connect` key; Ember's labelled button. */
  connect:
    'a[href*="custom-invite/?vanityName="], a[componentkey$="_connect"], button[aria-label$=" to connect"]',
  /** Message from a 1st-degree card: the compose anchor (SDUI) or Ember's message-anywhere button. */
  compose: 'a[href*="/messaging/compose/"]',
  messageAnywhere: 'button.message-anywhere-button',
  /** Degree leaves: SDUI `<p>· 1st</p>`, Ember `span.dist-value`. Matched on text by a digit pattern. */
  degree: 'p, span.dist-value',
  /** Any button with a label; a 1st-degree SDUI action row has none (stickerdaniel connection.py). */
  labelledButton: 'button[aria-label]',
  /** Sent page rows: 2025+ lazy column, 2025-05 invitations list, Ember cards. */
  sentRow:
    '[data-testid="lazy-column"] [role="listitem"], [componentkey="InvitationManagerPage_InvitationsList"] [role="listitem"], li.invitation-card',
  /** A row's Withdraw control (also the SDUI confirm button, which sits outside any row). */
  withdraw:
    '[data-view-name="sent-invitations-withdraw-single"], button.invitation-card__action-btn, [aria-label^="Withdraw invitation sent to"]',
  /** The selected "People (N)" filter: its number is the total of sent invitations to people. */
  peopleFilter: 'a[href*="invitationType=CONNECTION"], .mn-filters-toolbar .artdeco-pill--selected',
  profileLink: 'a[href*="/in/"]',
} as const;

export type OutcomeSelector = keyof typeof outcomeSelectors;
export const oc = (name: OutcomeSelector): string => outcomeSelectors[name];
