import { describe, expect, it } from 'vitest';
import { checkNote, DEFAULT_INVITATION_TEXTS, UNSOURCED_INVITATION_TEXTS } from '../../../src/shared/rules';

const defaultText = (text: string, customPhrases: string[] = []) =>
  checkNote(text, { limit: 300, customPhrases }).findings.find((f) => f.id === 'default-text');

describe('default-text flags', () => {
  it.each([...DEFAULT_INVITATION_TEXTS, ...UNSOURCED_INVITATION_TEXTS])('the listed text %j', (text) => {
    expect(defaultText(text)?.severity).toBe('block');
  });

  it.each([
    "I'd like to add you to my professional network on LinkedIn.\n\n- Sam Taylor",
    'Hi Jane, I’d like to join your LinkedIn network.',
    "I'D LIKE TO JOIN YOUR LINKEDIN NETWORK!!!",
    "i'd like to add you to my linked in network",
    "Hello Mary Ann,   I'd   like to join your LinkedIn network :)",
    'Id like to ad you to my profesional network on LinkedIn',
    "I'd love to add you to my professional network. Best, Sam",
    'Bonjour Marie, je vous invite à faire partie de mon reseau professionnel sur LinkedIn.',
    'J’aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.',
    'Ex: We know each other from…',
    'Ex : nous nous connaissons grâce à...',
    'Hallo Max, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Grüße',
    "I'd like to add you to my professional network on LinkedIn. We met at PyCon.",
  ])('the variant %j', (text) => {
    const finding = defaultText(text);
    expect(finding?.severity).toBe('block');
    expect(finding?.message).toContain('default');
  });

  it("the user's own phrases", () => {
    const custom = 'Happy to be connected with fellow professionals in my field';
    expect(
      defaultText('Hi! Happy to be connected with fellow professionals in my field.', [custom]),
    ).toBeDefined();
  });

  it('with a span on the sentence and a fix that removes it', () => {
    const text = "Hi Jane, I'd like to join your LinkedIn network. See you Monday!";
    const finding = defaultText(text);
    expect(finding?.span && text.slice(finding.span.start, finding.span.end)).toBe(
      "I'd like to join your LinkedIn network.",
    );
    const edit = finding?.fix?.edit;
    expect(edit && text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(
      'Hi Jane, See you Monday!',
    );
  });
});

describe('default-text does not flag', () => {
  it.each([
    "Hi Jane, I'd like to add you to my network because we met at PyCon last week.",
    "I'd like to join your team's open-source effort on the Rust compiler; your RFC was great.",
    'We know each other from the Berlin Rust meetup, great chat about embedded!',
    'Hi Jane, loved your talk on LinkedIn ads at MozCon. Would be great to stay in touch.',
    'Hi Jane, I saw your post about remote hiring and would love to join your network of recruiters.',
    'Bonjour Marie, on s’est croisés au salon VivaTech, ravi de rester en contact !',
    "I'd like to connect.",
  ])('%j', (text) => {
    expect(defaultText(text)).toBeUndefined();
  });
});
