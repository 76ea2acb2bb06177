/**
 * Proofs for the invite dialog's selectors: the modal outlets, the dialog and its gate, the note field,
 * Send, and what LinkedIn shows inside the dialog (e-mail field, Premium upsell, live region, name).
 */
import type { SelectorName } from '../selectors';
import { F, proofs, type SelectorProof } from './shared';

export const dialogProofs = {
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
} satisfies Partial<Record<SelectorName, readonly SelectorProof[]>>;
