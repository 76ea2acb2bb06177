/**
 * The user's steps in LinkedIn's invitation dialog on a fixture page, shared by the specs as
 * outcomes-steps.ts shares the outcome specs' steps: Connect, then "Add a note" (waiting for the note
 * field or for the panel to show something), typing a note, sending. Steps only: what a spec asserts
 * stays in the spec.
 */
import type { Locator, Page } from '@playwright/test';
import { waitForPanelText } from './ax';
import { expect } from './harness';

/** LinkedIn's note field in the fixtures that keep its usual id. */
export const NOTE_FIELD = '#custom-message';

export interface NoteStepWay {
  /** The Connect control: a CSS selector or a locator. By default the fixture's own Connect. */
  connect?: string | Locator;
  /** "Add a note" in the page's language, matched exactly; by default 'Add a note', loosely. */
  addNote?: string;
  /** Wait until the panel's text matches this; without it, until LinkedIn's note field shows. */
  panel?: RegExp;
  /** LinkedIn's note field, where markup renames it. */
  noteField?: string;
}

/**
 * Connect, then "Add a note", as the user opens the note step. Returns the panel's text when `panel`
 * was waited for (empty otherwise).
 */
export async function openNoteStep(page: Page, way: NoteStepWay = {}): Promise<string> {
  const { connect = '[data-fixture=connect]', addNote, panel, noteField = NOTE_FIELD } = way;
  await (typeof connect === 'string' ? page.click(connect) : connect.click());
  const addNoteButton = addNote
    ? page.getByRole('button', { name: addNote, exact: true })
    : page.getByRole('button', { name: 'Add a note' });
  await addNoteButton.click();
  if (panel) return waitForPanelText(page, panel);
  await expect(page.locator(noteField)).toBeVisible();
  return '';
}

/** Clicks into LinkedIn's note field and types `note` key by key, as the user does. */
export async function typeNote(page: Page, note: string, field = NOTE_FIELD): Promise<void> {
  await page.locator(field).click();
  await page.keyboard.type(note);
}

/** LinkedIn's own Send button in the note step. */
export async function sendInvitation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send invitation' }).click();
}
