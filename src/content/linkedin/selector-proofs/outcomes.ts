/**
 * Proofs for the outcome selectors (facts.md §7): what a person's top card says of an invitation, and
 * the rows, ages and controls of the Sent invitations page, in the 2025+ and the Ember markup.
 */
import type { SelectorName } from '../selectors';
import { EMBER, EMBER_SEARCH, F, onPage, type SelectorProof, V2019 } from './shared';

export const outcomeProofs = {
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
} satisfies Partial<Record<SelectorName, readonly SelectorProof[]>>;
