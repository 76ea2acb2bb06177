/**
 * The openers offered in the panel, previewed as filled for this recipient; and inserting a chosen one:
 * render it, refuse anything over the limit (LinkedIn and the browser would cut it silently), write it
 * the way LinkedIn registers, then read it back.
 */
import { normaliseNote, noteLength, renderOpener } from '../shared/rules';
import type { OpenerValues } from '../shared/rules/types';
import { text as panelText } from './i18n';
import { shownCount } from './linkedin/dialog';
import { writeNote } from './linkedin/note-field';
import type { OpenerChoice } from './panel/OpenerList';
import type { ContentOpener as Opener } from './replies';

/** The panel's list: each opener filled for this recipient (as written, when it cannot be filled). */
export function openerChoices(openers: readonly Opener[], values: OpenerValues): OpenerChoice[] {
  return openers.map((opener) => {
    const rendered = renderOpener(opener.body, values);
    return { id: opener.id, title: opener.title, preview: rendered.ok ? rendered.text : opener.body };
  });
}

export interface InsertOutcome {
  inserted: boolean;
  notice?: string;
}

export function insertOpener(
  field: HTMLTextAreaElement,
  dialog: Element,
  opener: Opener,
  values: OpenerValues,
  limit: number,
): InsertOutcome {
  const rendered = renderOpener(opener.body, values);
  if (!rendered.ok) {
    return {
      inserted: false,
      notice: panelText.insert.templateError(opener.title, rendered.error.index + 1, rendered.error.message),
    };
  }
  const length = noteLength(rendered.text);
  if (length > limit) {
    return {
      inserted: false,
      notice: panelText.insert.tooLong(opener.title, length, length - limit, limit),
    };
  }
  writeNote(field, rendered.text);
  return readBack(field, dialog, rendered.text);
}

/** LinkedIn must both hold the text and count it; otherwise its Send would ignore what we wrote. */
function readBack(field: HTMLTextAreaElement, dialog: Element, text: string): InsertOutcome {
  const held = normaliseNote(field.value) === normaliseNote(text);
  const counted = shownCount(dialog);
  if (held && (counted === undefined || counted === noteLength(text))) return { inserted: true };
  return {
    inserted: false,
    notice: panelText.insert.notRegistered,
  };
}
