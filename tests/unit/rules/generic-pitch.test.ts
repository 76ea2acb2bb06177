import { describe, expect, it } from 'vitest';
import { checkNote, type FindingId, type RecipientFacts } from '../../../src/shared/rules';

const JANE: RecipientFacts = {
  fullName: 'Jane Doe',
  company: 'Acme Robotics',
  headline: 'Head of Platform',
  location: 'Lyon',
  howWeMet: 'Rust meetup',
  reason: 'fleet scheduling',
};
const ids = (text: string): FindingId[] =>
  checkNote(text, { limit: 300, recipient: JANE, senderName: 'Sam' }).findings.map((f) => f.id);

describe('generic flags', () => {
  it.each([
    "Let's connect!",
    "I'd like to expand my network.",
    'Hope to connect with like-minded professionals',
    'Hi Jane, I came across your profile and would like to connect.',
    'Hi Jane, happy to connect! Best, Sam',
    'Bonjour Jane, au plaisir de se connecter.',
  ])('%j', (text) => {
    expect(ids(text)).toContain('generic');
  });
});

describe('generic does not flag', () => {
  it.each([
    'Hi Jane, congrats on the platform role at Acme!',
    'Hi Jane, I also live in Lyon and work on robots.',
    'Hi Jane, great to meet you at the Rust meetup.',
    'Hi Jane, I am curious how you approach fleet scheduling.',
    'Hi Jane, loved your talk at KubeCon.',
    'Hi Jane, because we both work on robot fleets, I thought we should connect.',
    'Bonjour Jane, ravi de vous avoir rencontrée hier.',
    '王伟您好，很高兴认识您。',
  ])('%j', (text) => {
    expect(ids(text)).not.toContain('generic');
  });
});

describe('pitch flags', () => {
  it.each([
    'Hi Jane, book a call: calendly.com/sam',
    'Hi Jane, would you have 15 minutes next week?',
    'Hi Jane, open to a quick call about your cloud bill?',
    'Hi Jane, I can show you a quick demo of our platform.',
    'Hi Jane, we help companies like Acme boost their revenue.',
    'Hi Jane, could you refer me for the platform role?',
  ])('%j', (text) => {
    expect(ids(text)).toContain('pitch');
  });
});

describe('pitch does not flag', () => {
  it.each([
    'Hi Jane, loved your demo at the Rust meetup.',
    'Hi Jane, we talked about fleet scheduling at the Rust meetup.',
    'Hi Jane, your post on lead times in robotics was great.',
  ])('%j', (text) => {
    expect(ids(text)).not.toContain('pitch');
  });
});

describe('contact-info', () => {
  it.each([
    ['My site: https://example.com/x', 'https://example.com/x'],
    ['Write to sam.lee@example.org.', 'sam.lee@example.org'],
    ['Call +33 6 12 34 56 78 any time.', '+33 6 12 34 56 78'],
    ['Code at github.com/sam/robots, have a look.', 'github.com/sam/robots'],
  ])('flags %j with a span on the detail', (text, detail) => {
    const finding = checkNote(text, { limit: 300 }).findings.find((f) => f.id === 'contact-info');
    expect(finding?.severity).toBe('info');
    expect(finding?.span && text.slice(finding.span.start, finding.span.end)).toBe(detail);
  });

  it.each(['We met in 2019 at the Node.js meetup.', 'Room 12.03 at 10:30, see you.'])(
    'does not flag %j',
    (text) => {
      expect(ids(text)).not.toContain('contact-info');
    },
  );
});
