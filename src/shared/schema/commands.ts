/**
 * Worker → content-script messages triggered by the extension's keyboard commands. Shared so the
 * worker builds exactly what the content script's zod schema accepts.
 */
import { z } from 'zod/mini';

/** The manifest `commands` name of the shortcut that opens the opener picker. */
export const FOCUS_OPENER_PICKER_COMMAND = 'focus-opener-picker';

export const FocusOpenerPickerSchema = z.object({ type: z.literal('focusOpenerPicker') });
export type FocusOpenerPicker = z.infer<typeof FocusOpenerPickerSchema>;
