/**
 * Every LinkedIn selector the extension uses, in one place. Each says what it finds and why it is shaped
 * that way. Where each must match (and where it must NOT) is listed per selector in `selector-proofs.ts`
 * (kept apart so the proofs do not ship in the content script); tests/e2e/selectors.spec.ts loads every
 * listed fixture in Chromium and counts, and a selector without proof fails that test.
 *
 * Locale-independent hooks (ids, hrefs, structure, roles) come first; translated labels are a fallback
 * and live in `labels.ts`.
 */

export const selectors = {
  /** Light-DOM modal outlets: Ember's (artdeco era, still served in 2026) and Voyager v1's (2017–2019). */
  modalOutlet: '#artdeco-modal-outlet, #li-modal-container',

  /** SDUI host whose OPEN shadow root holds the invite dialog (2025+). Absent on Ember pages. */
  interopOutlet: '#interop-outlet, [data-testid="interop-shadowdom"]',

  /** Any open dialog; the withdraw confirmation is a native <dialog>, the invite one a div[role=dialog]. */
  dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',

  /**
   * The invite dialog, every step: its title id has survived every era since 2019 (2018: "-header"); Sales
   * Navigator's own form is titled by `connect-cta-form__header`. The weekly-limit alert must not match.
   */
  inviteDialog:
    '[aria-labelledby^="send-invite-modal"], [data-test-modal-id="send-invite-modal"] [role="dialog"], [role="dialog"][aria-labelledby="connect-cta-form__header"]',

  /** The full-page invite form of the classic site (≤2016), whose note comes pre-filled. */
  invitePage: 'form#iweReconnectForm',

  /** The note field: ids and names are not translated (Sales Navigator and the classic page have their own). */
  noteField:
    'textarea#custom-message, textarea[name="message"], textarea#connect-cta-form__invitation, textarea#greeting-iweReconnect',

  /** Send: the action bar's primary button (artdeco), Voyager v1's, Sales Navigator's, the classic page's. */
  primaryAction:
    '.artdeco-modal__actionbar .artdeco-button--primary, .send-invite__actions .button-primary-large, button.connect-cta-form__send, #send-invite-button',

  /** An e-mail field LinkedIn asks for when it wants proof the user knows the person. */
  emailField: 'input[type="email"]',

  /** The Premium upsell that replaces the note step once the free monthly notes are used up. */
  premiumLink: 'a[href*="/premium/"]',

  /** "How do you know X?" (2019–2022): relationship choices; this step sends nothing. */
  relationshipOption: '.artdeco-modal__content button[aria-pressed]',

  /** Live regions; inside the note step's dialog the counter ("0/200") is one. Ember pages add a toast region. */
  liveRegion: '[aria-live]',

  /** The recipient's name as the dialog prints it: bold in the body, or Sales Navigator's anonymised name. */
  dialogRecipientName: '[role="dialog"] p strong, [role="dialog"] [data-anonymize="person-name"]',

  /** SDUI Connect anchors carry the recipient's slug in the href (profile, More menu and search deep links). */
  connectAnchor: 'a[href*="custom-invite/?vanityName="]',

  /**
   * Ember-era Connect controls: a button (or menu item) whose label invites someone to connect, and the
   * 2017–2021 profile Connect by its class (labelled "Connect with <Name>" in 2019–2021).
   */
  connectButton:
    'button[aria-label$=" to connect"], [role="button"][aria-label$=" to connect"], button.pv-s-profile-actions--connect',

  /**
   * Connect controls that send at once, with no dialog and no note: My Network's "People you may know"
   * cards (artdeco and SDUI). Found by the card, not the label.
   */
  directConnect:
    '.discover-entity-type-card__bottom-container button, [data-testid="lazy-column"] button[componentkey$="_connect"]',

  /**
   * Search results whose Connect sends at once. An SDUI result's ordinary Connect is a link to
   * `/preload/search-custom-invite/?vanityName=…` that opens the dialog; a `<button>` keyed `…_connect`
   * is My Network's one-click shape, with no dialog behind it (facts.md §2.3–2.4).
   */
  searchDirectConnect: 'div[componentkey^="SearchResults"] button[componentkey$="_connect"]',

  /**
   * Fallback for the above when the key is missing: labelled buttons in an SDUI search card (links there
   * open the dialog, buttons do not). Only those whose label invites someone to connect count (labels.ts).
   */
  searchCardButton: 'div[componentkey^="SearchResults"] button[aria-label]',

  /**
   * The profile's own top card (SDUI, artdeco, and the 2019 v3 card): facts about the recipient and the
   * relationship are read only from here, never from side rails, which carry strangers' buttons.
   */
  topCard: 'section[componentkey$="Topcard"], section.pv-top-card, section.pv-top-card-v3',

  /** A person's card in a list (search results, company People tab): its Connect is for the card's own link. */
  resultCard:
    'li.reusable-search__result-container, [data-chameleon-result-urn], div[componentkey^="SearchResults"], li.org-people-profile-card__profile-card-spacing',

  /** Links to member profiles (/in/<slug>). */
  profileLink: 'a[href*="/in/"]',

  // Outcomes (facts.md §7): read inside the top card, or on the Sent invitations page.

  /**
   * Pending: SDUI `<a componentkey="…_pending">`; Ember's button carries the (English) label. Also read in
   * a search result's card after a Connect click, to learn that the page sends without a dialog.
   */
  cardPending: 'a[componentkey$="_pending"], [aria-label^="Pending, click to withdraw invitation"]',

  /** Connect (again): SDUI invite deep link or `…_connect` key; Ember's labelled button. */
  cardConnect:
    'a[href*="custom-invite/?vanityName="], a[componentkey$="_connect"], button[aria-label$=" to connect"]',

  /** Message from a 1st-degree SDUI card: the compose anchor. */
  cardCompose: 'a[href*="/messaging/compose/"]',

  /** Message from a 1st-degree Ember card (2019–2025). */
  cardMessageAnywhere: 'button.message-anywhere-button',

  /** Degree leaves: SDUI `<p>· 1st</p>`, Ember `span.dist-value`; matched on text by a digit pattern. */
  cardDegree: 'p, span.dist-value',

  /** Any button with a label; a 1st-degree SDUI action row has none (stickerdaniel connection.py). */
  cardLabelledButton: 'button[aria-label]',

  /** The Sent list's container (2025+ lazy column, 2025-05 invitations list); Ember's is the rows' parent. */
  sentList: '[data-testid="lazy-column"], [componentkey="InvitationManagerPage_InvitationsList"]',

  /** Sent page rows: 2025+ lazy column, 2025-05 invitations list, Ember cards. */
  sentRow:
    '[data-testid="lazy-column"] [role="listitem"], [componentkey="InvitationManagerPage_InvitationsList"] [role="listitem"], li.invitation-card',

  /** A row's Withdraw control (also the SDUI confirm button, which sits outside any row). */
  sentWithdraw:
    '[data-view-name="sent-invitations-withdraw-single"], button.invitation-card__action-btn, [aria-label^="Withdraw invitation sent to"]',

  /**
   * Candidates for a Sent row's age ("Sent 3 weeks ago"): Ember's <time>, the 2025+ row's <p> leaves
   * (hashed classes; the name's <p> holds a link and is skipped in code, the age is the last one).
   */
  sentAge:
    'li.invitation-card time, [data-testid="lazy-column"] [role="listitem"] p, [componentkey="InvitationManagerPage_InvitationsList"] [role="listitem"] p',

  /** Ember's pagination entries; the current page's button has aria-current="true". */
  sentPageButton: '[data-test-pagination-page-btn]',

  /** The selected "People (N)" filter: its number is the total of sent invitations to people. */
  sentPeopleFilter: 'a[href*="invitationType=CONNECTION"], .mn-filters-toolbar .artdeco-pill--selected',
} as const;

export type SelectorName = keyof typeof selectors;

/** The CSS for a named selector (kept as a function so call sites read as names, not strings). */
export const css = (name: SelectorName): string => selectors[name];
