/**
 * The outcome selectors' match counts are proved with every other LinkedIn selector (selector-proofs.ts,
 * checked by selectors.spec.ts, era variants included). What a count cannot show is proved here: the
 * deliberately broad degree leaves carry the degree as a digit inside the top card, in every era. The
 * classifier built on these selectors is proven end to end in outcomes.spec.ts.
 */
import { selectors } from '../../src/content/linkedin/selectors';
import { expect, test } from './harness';

const FIRST = 'profile-1st-degree.html';

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
      [selectors.topCard, selectors.cardDegree] as const,
    );
    expect(
      texts.some((text) => text?.replace(/^[·•]\s*/, '') === degree),
      query,
    ).toBe(true);
  }
});
