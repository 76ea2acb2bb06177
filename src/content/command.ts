/**
 * The content side of the "focus the opener picker" keyboard command: the worker sends
 * `{type: 'focusOpenerPicker'}` to this tab; we validate it and focus the "Opener" listbox of an open
 * note step. Anything else is ignored (and left for other listeners).
 */
import { onTabMessage } from '../client/tab-messages';
import { FocusOpenerPickerSchema } from '../shared/schema/commands';
import { safely } from './fail-open';

export interface OpenerPickerHost {
  /** Focuses the picker of an open note step; false when there is none. */
  focusOpenerPicker(): boolean;
}

export function listenForCommands(host: OpenerPickerHost, signal: AbortSignal): void {
  onTabMessage((message) => {
    if (!FocusOpenerPickerSchema.safeParse(message).success) return undefined;
    return safely('command', () => host.focusOpenerPicker(), false);
  }, signal);
}
