import { describe, expect, it } from 'vitest';
import {
  defaultSource,
  draftFrom,
  draftSources,
  followUpValues,
  GREETING,
  openerSource,
  SAVED_NOTE,
} from '../../../src/popup/results/first-message';
import type { FollowUp } from '../../../src/shared/schema/outcomes';
import type { Contact, Opener } from '../../../src/shared/schema/stored';

const T = Date.UTC(2026, 10, 1);

function contact(over: Partial<Contact> = {}): Contact {
  return {
    v: 1,
    slug: 'priya-raman-uk',
    name: 'Priya Raman',
    howWeMet: '',
    where: '',
    when: '',
    why: '',
    notes: '',
    tags: [],
    afterAcceptNote: '',
    updatedAt: T,
    ...over,
  };
}

function followUp(saved: Partial<Contact> | null): FollowUp {
  return {
    invitation: {
      v: 1,
      id: 'inv-1',
      slug: 'priya-raman-uk',
      name: 'Priya Raman',
      personalised: false,
      noteLength: 0,
      surface: 'profile',
      sentAt: T,
      status: 'accepted',
    },
    contact: saved ? contact(saved) : null,
  };
}

function opener(id: string, body: string, over: Partial<Opener> = {}): Opener {
  return {
    v: 1,
    id,
    title: `Opener ${id}`,
    body,
    tags: [],
    language: 'en',
    pinned: false,
    createdAt: T,
    updatedAt: T,
    useCount: 0,
    ...over,
  };
}

describe('first-message draft sources', () => {
  it('defaults to the note saved for after acceptance, else the greeting', () => {
    expect(defaultSource(followUp({ afterAcceptNote: 'Thanks, Priya!' }))).toBe(SAVED_NOTE);
    expect(defaultSource(followUp({ afterAcceptNote: '  ' }))).toBe(GREETING);
    expect(defaultSource(followUp(null))).toBe(GREETING);
  });

  it('offers the saved note only when there is one, then the greeting, then pinned openers first', () => {
    const openers = [opener('a', 'A'), opener('b', 'B', { pinned: true }), opener('c', 'C', { title: '' })];
    expect([...draftSources(followUp({ afterAcceptNote: 'Thanks!' }), openers)]).toEqual([
      [SAVED_NOTE, 'Your note saved for after acceptance'],
      [GREETING, 'A short greeting'],
      [openerSource('b'), 'Opener b'],
      [openerSource('a'), 'Opener a'],
      [openerSource('c'), 'Untitled opener'],
    ]);
    expect([...draftSources(followUp(null), []).keys()]).toEqual([GREETING]);
  });

  it('keeps an opener whose id looks like a built-in source apart from it', () => {
    const clash = opener(SAVED_NOTE, 'From the opener');
    const draft = draftFrom(openerSource(SAVED_NOTE), followUp({ afterAcceptNote: 'Saved' }), [clash], '');
    expect(draft.text).toBe('From the opener');
  });
});

describe('first-message draft from an opener', () => {
  const person = followUp({ howWeMet: 'PyData London', where: 'ExCeL', why: 'data contracts' });

  it('fills the opener with the person’s name and notes and the user’s first name', () => {
    expect(followUpValues(person, 'Alex Morgan')).toEqual({
      firstName: 'Priya',
      lastName: 'Raman',
      fullName: 'Priya Raman',
      howWeMet: 'PyData London, ExCeL',
      reason: 'data contracts',
      myFirstName: 'Alex',
    });
    const body = 'Hi {{firstName}}, great to meet at {{howWeMet}} about {{reason}}. {{myFirstName}}';
    expect(draftFrom(openerSource('o'), person, [opener('o', body)], 'Alex Morgan')).toEqual({
      text: 'Hi Priya, great to meet at PyData London, ExCeL about data contracts. Alex',
      missing: [],
    });
  });

  it('says which variables nothing is known for, never inventing a sample value', () => {
    const body = 'Hi {{firstName}}! How is {{company}}? {{myFirstName|Best}}';
    expect(draftFrom(openerSource('o'), person, [opener('o', body)], '')).toEqual({
      text: 'Hi Priya! How is ? Best',
      missing: ['company'],
    });
  });

  it('gives an unreadable template as written, and the greeting for an opener since deleted', () => {
    expect(draftFrom(openerSource('o'), person, [opener('o', 'Hi {{firstName')], '').text).toBe(
      'Hi {{firstName',
    );
    expect(draftFrom(openerSource('gone'), person, [], '').text).toBe('Hi Priya, thanks for connecting! ');
  });
});
