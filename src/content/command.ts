/**
 * The content side of the "focus the opener picker" keyboard command: the worker sends
 * `{type: 'focusOpenerPicker'}` to this tab; we validate it and focus the opener search field of an open
 * note step when the panel shows one (a library larger than the panel's openers), else its "Opener" listbox. Anything else is ignored (and left for other listeners).
 */
import { z } from 'zod/mini';
import { onTabMessage } from '../client/tab-messages';
import type { FocusOpenerPicker } from '../shared/schema/commands';
import { safely } from './fail-open';

/**
 * The shared contract's message, checked with a one-value enum instead of its z.literal: the same
 * check, typed against the contract, without bundling z.literal into the content script.
 */
const CommandSchema = z.object({
  type: z.enum(['focusOpenerPicker'] as const satisfies readonly FocusOpenerPicker['type'][]),
});

export interface OpenerPickerHost {
  /** Focuses the picker of an open note step; false when there is none. */
  focusOpenerPicker(): boolean;
}

export function listenForCommands(host: OpenerPickerHost, signal: AbortSignal): void {
  onTabMessage((message) => {
    if (!CommandSchema.safeParse(message).success) return undefined;
    return safely('command', () => host.focusOpenerPicker(), false);
  }, signal);
}
