/**
 * The extension's keyboard commands. "focus-opener-picker" (suggested Alt+Shift+O) asks the content
 * script in the current tab to focus the panel's opener list. `commands.onCommand` hands us the tab, so
 * no "tabs" permission is needed; on a tab without our content script the message simply finds no one.
 */
import browser from 'webextension-polyfill';
import { FOCUS_OPENER_PICKER_COMMAND, type FocusOpenerPicker } from '../shared/schema/commands';

export function registerCommands(): void {
  // Firefox for Android and some embedders have no commands API.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_OPENER_PICKER_COMMAND || tab?.id === undefined) return;
    const message: FocusOpenerPicker = { type: 'focusOpenerPicker' };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // Not a LinkedIn tab, or the page is still loading: the shortcut does nothing there.
    });
  });
}
