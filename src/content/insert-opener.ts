/**
 * Inserting a chosen opener: render it for this recipient, refuse anything over the limit (LinkedIn and
 * the browser would cut it silently), write it the way LinkedIn registers, then read it back.
 */
import { normaliseNote, noteLength, renderOpener } from '../shared/rules';
import type { OpenerValues } from '../shared/rules/types';
import { shownCount } from './linkedin/dialog';
import { writeNote } from './linkedin/note-field';
import type { ContentOpener as Opener } from './replies';

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
      notice: `"${opener.title}" has a mistake at character ${rendered.error.index + 1}: ${rendered.error.message} Fix it from the toolbar button.`,
    };
  }
  const length = noteLength(rendered.text);
  if (length > limit) {
    return {
      inserted: false,
      notice: `"${opener.title}" would be ${length} characters, ${length - limit} over this dialog's ${limit}-character limit. Cut ${length - limit} characters in the opener, or pick another.`,
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
    notice:
      'LinkedIn did not register the inserted text. Click in the note box and type a space, or paste the opener there yourself.',
  };
}
