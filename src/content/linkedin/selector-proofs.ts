/**
 * Proof for every selector in `selectors.ts`: the fixtures (tests/fixtures/*.html) where it must match,
 * the state each fixture is driven to, and how many matches are expected (0 where it must NOT match).
 * Used only by tests/e2e/selectors.spec.ts, which fails for a selector without proof; never imported by
 * the content script, so none of it ships to LinkedIn's pages. The table is written in three parts,
 * one a surface, in the order of `selectors.ts` (selector-proofs/): the invite dialog, where an
 * invitation starts, and what pages say of its outcome.
 */

import { dialogProofs } from './selector-proofs/dialog';
import { entryPointProofs } from './selector-proofs/entry-points';
import { outcomeProofs } from './selector-proofs/outcomes';
import type { SelectorProof } from './selector-proofs/shared';
import type { SelectorName } from './selectors';

export { F, type FixtureState, type SelectorProof } from './selector-proofs/shared';

/** Names proved in both parts `A` and `B`: must be none, or the later part would silently replace the proofs. */
type Overlap<A, B> = keyof A & keyof B;
const partsAreDisjoint: [
  Overlap<typeof dialogProofs, typeof entryPointProofs>,
  Overlap<typeof dialogProofs, typeof outcomeProofs>,
  Overlap<typeof entryPointProofs, typeof outcomeProofs>,
] extends [never, never, never]
  ? true
  : false = true;
void partsAreDisjoint;

/** Every selector name, no more: a selector missing from all three parts is a type error here. */
export const selectorProofs: Record<SelectorName, readonly SelectorProof[]> = {
  ...dialogProofs,
  ...entryPointProofs,
  ...outcomeProofs,
};
