import { describe, expect, it } from 'vitest';
import { checkNote, type RecipientFacts } from '../../../src/shared/rules';

const JANE: RecipientFacts = { fullName: 'Jane Doe', company: 'Acme Robotics' };

function nameFinding(text: string, recipient: RecipientFacts = JANE, senderName?: string) {
  const context = { limit: 300, recipient, ...(senderName ? { senderName } : {}) };
  return checkNote(text, context).findings.find((f) => f.id === 'wrong-name' || f.id === 'name-typo');
}

describe('wrong-name flags', () => {
  it.each([
    ['Hi John, great talk yesterday.', JANE],
    ['Hello John - great talk yesterday.', JANE],
    ['Dear John, great talk yesterday.', JANE],
    ['Bonjour John, merci pour la conférence.', JANE],
    ['Hallo John, danke für den Vortrag.', JANE],
    ['Hola John, gracias por la charla.', JANE],
    ['John, great talk yesterday.', JANE],
    ['hey john, great talk yesterday', JANE],
    ['👋 Hi John! Great talk yesterday.', JANE],
    ['Dear Dr. Smith, great paper.', JANE],
    ['Hi Jane, great talk.', { fullName: 'Doe, John' }],
    ['Hi Marco, great talk.', { fullName: 'PRIYA NAIR' }],
  ])('%j', (text, recipient) => {
    const finding = nameFinding(text, recipient);
    expect(finding?.id).toBe('wrong-name');
    expect(finding?.severity).toBe('block');
  });

  it('offers to replace the greeted name with the right one', () => {
    const text = 'Hi John, great talk yesterday.';
    const finding = nameFinding(text);
    expect(finding?.fix).toEqual({
      label: 'Replace "John" with "Jane"',
      edit: { start: 3, end: 7, text: 'Jane' },
    });
  });

  it('suggests the last name after a title', () => {
    expect(nameFinding('Dear Dr. Smith, great paper.')?.fix?.edit.text).toBe('Doe');
  });
});

describe('name-typo flags', () => {
  it.each([
    ['Hi Jnae, great talk.', JANE, 'Jane'],
    ['Hi Jaen, great talk.', JANE, 'Jane'],
    ['Hi Katherien, great talk.', { fullName: 'Katherine Ryan' }, 'Katherine'],
    ['Hola Jsoé, gracias.', { fullName: 'José García' }, 'José'],
    ['Hi Jules, great talk.', { fullName: 'Julia Roberts' }, 'Julia'],
  ])('%j', (text, recipient, expected) => {
    const finding = nameFinding(text, recipient);
    expect(finding?.id).toBe('name-typo');
    expect(finding?.severity).toBe('warn');
    expect(finding?.fix?.edit.text).toBe(expected);
  });
});

describe('names do not flag', () => {
  it.each<[string, RecipientFacts]>([
    ['Hi Jane, great talk.', JANE],
    ['Hi JANE, great talk.', JANE],
    ['hi jane, great talk', JANE],
    ['Hi Jane Doe, great talk.', JANE],
    ['Hi there, great talk.', JANE],
    ['Hi team, great talk.', JANE],
    ['Hi all, great talk.', JANE],
    ['Hello Acme Robotics team, great demo.', JANE],
    ['Hey quick question about your talk', JANE],
    ['Great talk yesterday. Best, John', JANE],
    ['Thanks, great talk yesterday.', JANE],
    ['Hi Jane, John suggested I write to you.', JANE],
    ['Hi Jane, great talk.', { fullName: 'Jane Doe, PhD' }],
    ['Hi Jane, great talk.', { fullName: 'Jane Doe MBA (she/her) 🚀' }],
    ['Hi Jane, great talk.', { fullName: 'Doe, Jane' }],
    ['Hi Priya, great talk.', { fullName: 'DR. PRIYA NAIR, MBA' }],
    ['Hi Mary Ann, great talk.', { fullName: 'Mary Ann Smith' }],
    ['Hi Ann, great talk.', { fullName: 'Mary Ann Smith' }],
    ['Bonjour Jean-Luc, merci.', { fullName: 'Jean-Luc Picard' }],
    ['Hallo Jürgen, danke.', { fullName: 'Jurgen Klopp' }],
    ['Hi Bob, great talk.', { fullName: 'Robert Smith' }],
    ['Hi Chris, great talk.', { fullName: 'Christopher Lee' }],
    ['Hi Kate, great talk.', { fullName: 'Katherine "Kate" Ryan' }],
    ['Hi Jon, great talk.', { fullName: 'Jonathan (Jon) Ive' }],
    ['Hi Wei, great talk.', { fullName: '王伟' }],
    ['王伟您好，很高兴认识您。', { fullName: '王伟' }],
    ['Hi 伟, great talk.', { fullName: '王伟' }],
    ['Hi Dr. Doe, great paper.', JANE],
    ['Hi Sam here, great talk.', JANE],
    ['Hi Jane, great talk.', { fullName: 'J. Doe' }],
  ])('%j for %j', (text, recipient) => {
    expect(nameFinding(text, recipient, 'Sam Lee')).toBeUndefined();
  });

  it('when the recipient is unknown', () => {
    expect(checkNote('Hi John, great talk.', { limit: 300 }).findings.map((f) => f.id)).not.toContain(
      'wrong-name',
    );
  });
});
