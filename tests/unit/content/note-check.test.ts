/**
 * The note checks a dialog session runs (src/content/note-check.ts), without a page: the limit override,
 * what is recorded of a sent invitation (never its text), and why Send is held on a note step.
 */
import { describe, expect, it } from 'vitest';
import { holdReason, invitationDraft, limitOf, reportOn } from '../../../src/content/note-check';
import type { ContentPanelData } from '../../../src/content/replies';
import { noteFingerprint } from '../../../src/shared/rules';
import type { NoteReport } from '../../../src/shared/rules/types';

const GUARDS = { defaultText: true, overLimit: true, placeholder: true, wrongName: true, noNote: true };

function data(limitOverride: 'auto' | '200' | '300', guards = GUARDS): ContentPanelData {
  return {
    openers: [],
    settings: { guards, myName: 'Alex', limitOverride, customPhrases: [] },
    contact: null,
    recentFingerprints: [],
    personalisedThisMonth: 0,
  };
}

// Only read when the override is 'auto' (LinkedIn's counter) or on a gate step; never here.
const noDialog = null as unknown as HTMLElement;
const noteStep = { element: noDialog, step: 'note' as const };
const report =
  (text: string, limit = 300): (() => NoteReport) =>
  () =>
    reportOn(text, limit, { firstName: 'Maya', fullName: 'Maya Lindqvist' }, data('300'));

describe('limitOf', () => {
  it('takes the user’s override over the dialog', () => {
    expect(limitOf(noDialog, data('200'))).toBe(200);
    expect(limitOf(noDialog, data('300'))).toBe(300);
  });
});

describe('invitationDraft', () => {
  const sent = {
    recipient: { slug: 'maya-lindqvist', name: 'Maya Lindqvist' },
    openerId: 'op-1',
    limit: 200,
    surface: 'in',
  };

  it('keeps the length and a fingerprint of a personal note, never its text', () => {
    const text = 'Hi Maya, we met at the Stockholm design meetup.';
    const draft = invitationDraft({ ...sent, text });
    expect(draft).toMatchObject({
      slug: 'maya-lindqvist',
      personalised: true,
      openerId: 'op-1',
      noteLength: text.length,
      fingerprint: noteFingerprint(text),
      limit: 200,
      surface: 'in',
    });
    expect(JSON.stringify(draft)).not.toContain('Stockholm');
  });

  it('an invitation without a note is not personalised and credits no opener', () => {
    const draft = invitationDraft({ ...sent, text: '  ' });
    expect(draft.personalised).toBe(false);
    expect(draft).not.toHaveProperty('openerId');
    expect(draft).not.toHaveProperty('fingerprint');
  });
});

describe('holdReason on a note step', () => {
  it('holds a note over the limit, and lets a fitting personal note through', () => {
    expect(holdReason(noteStep, data('200'), report('x'.repeat(250), 200))).toMatch(/\S/);
    expect(holdReason(noteStep, data('300'), report('Hi Maya, we met at the Stockholm design meetup.'))).toBe(
      undefined,
    );
  });

  it('lets an over-limit note through when the user turned that guard off', () => {
    const off = { ...GUARDS, overLimit: false };
    expect(holdReason(noteStep, data('200', off), report('Hi Maya! '.repeat(30), 200))).toBe(undefined);
  });
});
