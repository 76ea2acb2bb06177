/**
 * Proof for the outcome selectors (src/content/outcomes/selectors.ts), as selectors.spec.ts does for
 * the dialog ones: each fixture (with its era variant) is loaded and the matches are counted, including
 * where a selector must NOT match. The classifier built on them is proven end to end in outcomes.spec.ts.
 */
import { type OutcomeSelector, outcomeSelectors } from '../../src/content/outcomes/selectors';
import { expect, test } from './harness';

type Proof = [fixture: string, query: string, count: number];

const PENDING = 'profile-pending.html';
const FIRST = 'profile-1st-degree.html';
const SENT = 'sent-invitations-page.html';
const EMBER_SENT = 'sent-invitations-2022-ember.html';

const PROOFS: Partial<Record<OutcomeSelector, Proof[]>> = {
  topCard: [
    [PENDING, '', 1],
    [PENDING, '?era=ember', 1],
    [FIRST, '', 1],
    [FIRST, '?era=ember', 1],
    [FIRST, '?era=2019', 1],
    [SENT, '', 0],
  ],
  pending: [
    [PENDING, '', 1],
    [PENDING, '?era=ember', 1],
    [FIRST, '', 0],
    [FIRST, '?era=ember', 0],
  ],
  // Rails carry strangers' Connect: the classifier reads inside the top card only.
  connect: [
    [PENDING, '', 1],
    [FIRST, '', 1],
    [PENDING, '?era=ember', 0],
  ],
  compose: [
    [FIRST, '', 2],
    [PENDING, '', 1],
    [FIRST, '?era=ember', 0],
  ],
  messageAnywhere: [
    [FIRST, '?era=ember', 1],
    [FIRST, '?era=2019', 1],
    [PENDING, '?era=ember', 0],
    [FIRST, '', 0],
  ],
  labelledButton: [
    [FIRST, '', 0],
    [PENDING, '', 2],
  ],
  sentRow: [
    [SENT, '', 5],
    [EMBER_SENT, '', 4],
    [PENDING, '', 0],
  ],
  withdraw: [
    [SENT, '', 5],
    [SENT, '?withdraw=button', 5],
    [EMBER_SENT, '', 4],
    [FIRST, '', 0],
  ],
  peopleFilter: [
    [SENT, '', 1],
    [EMBER_SENT, '', 1],
    [PENDING, '', 0],
  ],
  profileLink: [
    [SENT, '', 10],
    [EMBER_SENT, '', 8],
  ],
};

test('every outcome selector has proof that it matches somewhere', () => {
  const unproven = (Object.keys(outcomeSelectors) as OutcomeSelector[]).filter(
    (name) => name !== 'degree' && !PROOFS[name]?.some(([, , count]) => count > 0),
  );
  expect(unproven).toEqual([]);
});

test('outcome selectors match as their proof says', async ({ openFixture }) => {
  test.setTimeout(90_000);
  for (const [name, proofs] of Object.entries(PROOFS) as [OutcomeSelector, Proof[]][]) {
    for (const [fixture, query, count] of proofs) {
      const page = await openFixture(fixture, { query });
      const found = await page.evaluate(
        (css) => document.querySelectorAll(css).length,
        outcomeSelectors[name],
      );
      expect(found, `${name} on ${fixture}${query}`).toBe(count);
    }
  }
});

test('degree leaves: the top card names the degree as a digit', async ({ openFixture }) => {
  for (const [query, degree] of [
    ['', '1st'],
    ['?era=ember', '1st'],
    ['?era=2019', '1st'],
  ] as const) {
    const page = await openFixture(FIRST, { query });
    const texts = await page.evaluate(
      ([card, leaf]) =>
        [...(document.querySelector(card)?.querySelectorAll(leaf) ?? [])].map((el) => el.textContent?.trim()),
      [outcomeSelectors.topCard, outcomeSelectors.degree] as const,
    );
    expect(
      texts.some((text) => text?.replace(/^[·•]\s*/, '') === degree),
      query,
    ).toBe(true);
  }
});
