/**
 * A labelled corpus of invitation notes for measuring the rules' precision and recall.
 * `expect` lists every finding id the note SHOULD raise (duplicate only where `recent` is given).
 * `good: true` marks notes a careful person would send: they must never be blocked.
 * HELD_OUT notes were written with the rest but never used while tuning the rules; their results are
 * reported apart, so a regression there is an honest signal rather than an overfit.
 */
import type { FindingId, RecipientFacts } from '../../../src/shared/rules';

export interface CorpusNote {
  text: string;
  expect: FindingId[];
  recipient?: RecipientFacts;
  good?: boolean;
  senderName?: string;
  customPhrases?: string[];
  /** Earlier notes, fingerprinted by the test, for the duplicate rule. */
  recent?: string[];
  limit?: number;
}

export const JANE: RecipientFacts = {
  fullName: 'Jane Doe',
  firstName: 'Jane',
  company: 'Acme Robotics',
  headline: 'Head of Platform at Acme Robotics',
  location: 'Berlin, Germany',
};
const MARIE: RecipientFacts = {
  fullName: 'Marie-Claire Dubois',
  company: 'Decathlon',
  headline: 'Responsable RH',
  location: 'Lille',
};
const JOSE: RecipientFacts = { fullName: 'José Álvarez García', company: 'Telefónica', location: 'Madrid' };
const WEI: RecipientFacts = { fullName: '王伟', company: 'Tencent' };
const PRIYA: RecipientFacts = {
  fullName: 'DR. PRIYA NAIR, MBA',
  company: 'Infosys',
  headline: 'Data Science Lead',
};
const JURGEN: RecipientFacts = { fullName: 'Müller, Jürgen', company: 'Siemens' };
const KATE: RecipientFacts = { fullName: 'Katherine "Kate" O’Brien (she/her) 🌱', company: 'Greenpeace' };

const n = (
  text: string,
  expect: FindingId[],
  extra: Omit<CorpusNote, 'text' | 'expect'> = {},
): CorpusNote => ({
  text,
  expect,
  recipient: JANE,
  ...extra,
});
const good = (text: string, extra: Omit<CorpusNote, 'text' | 'expect'> = {}): CorpusNote =>
  n(text, [], { good: true, ...extra });

const kubeconNote = (name: string) =>
  `Hi ${name}, loved your talk at KubeCon about operators, would love to connect.`;

export const CORPUS: CorpusNote[] = [
  // LinkedIn's boilerplate, in its variants.
  n("I'd like to add you to my professional network on LinkedIn.\n\n- Sam Lee", ['default-text']),
  n('I’d like to add you to my professional network on LinkedIn.', ['default-text']),
  n("Hi Jane, I'd like to join your LinkedIn network.", ['default-text']),
  n("Jane, I'd like to join your LinkedIn network.", ['default-text']),
  n("i'd like to join your linkedin network", ['default-text']),
  n("I'd like to add you to my LinkedIn network", ['default-text']),
  n('Hello Jane! I would like to add you to my professional network on LinkedIn. Regards, Sam', [
    'default-text',
  ]),
  n("I'd love to add you to my professional network.", ['default-text']),
  n("Hi Jane, I'd love to add you to my professional network! Cheers", ['default-text']),
  n(
    'J’aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.',
    ['default-text'],
    { recipient: MARIE },
  ),
  n(
    'Bonjour Marie-Claire, je vous invite à faire partie de mon réseau professionnel sur LinkedIn.',
    ['default-text'],
    { recipient: MARIE },
  ),
  n('Je vous invite a faire partie de mon reseau professionnel sur Linkedin', ['default-text'], {
    recipient: MARIE,
  }),
  n('Ex: We know each other from…', ['default-text']),
  n('Ex : nous nous connaissons grâce à...', ['default-text'], { recipient: MARIE }),
  n('Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.', ['default-text'], {
    recipient: JURGEN,
  }),
  n('Hola José, me gustaría agregarte a mi red profesional en LinkedIn.', ['default-text'], {
    recipient: JOSE,
  }),
  n('Vorrei aggiungerti alla mia rete professionale su LinkedIn.', ['default-text']),
  n('Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.', ['default-text']),
  n('Gostaria de adicioná-lo à minha rede profissional no LinkedIn.', ['default-text']),
  n("I'd like to add you to my professional network on Linkedin 🙂", ['default-text']),
  n('Always happy to connect with fellow professionals!', ['default-text'], {
    customPhrases: ['Always happy to connect with fellow professionals'],
  }),
  // Generic: could be sent to anyone.
  n("Let's connect!", ['generic']),
  n("Hi Jane, let's connect!", ['generic']),
  n("I'd like to expand my network.", ['generic']),
  n('Hope to connect with like-minded professionals.', ['generic']),
  n('Hi Jane, I came across your profile and would like to connect.', ['generic']),
  n("Hello! I'm always looking to grow my network with great people in the industry.", ['generic']),
  n('Hi Jane, it would be great to connect and stay in touch.', ['generic']),
  n('Would love to connect with you.', ['generic']),
  n("Hi, I'm Sam. I'm expanding my professional network and would be glad to have you in it.", ['generic'], {
    senderName: 'Sam Lee',
  }),
  n("Bonjour, je souhaite élargir mon réseau. Au plaisir d'échanger !", ['generic'], { recipient: MARIE }),
  n('Hallo, ich würde mich freuen, mich mit Ihnen zu vernetzen.', ['generic'], { recipient: JURGEN }),
  n('Hola, me encantaría conectar contigo.', ['generic'], { recipient: JOSE }),
  n('Looking forward to connecting!', ['generic']),
  n("Hi Jane 👋 Let's connect and grow together! 🚀", ['generic']),
  // Wrong name: a note written for someone else.
  n('Hi John, loved your talk on platform engineering at KubeCon.', ['wrong-name']),
  n('Hello Michael - great chatting at the Berlin meetup last night.', ['wrong-name']),
  n('Dear Sarah, thank you for the interesting discussion about robotics.', ['wrong-name']),
  n('Bonjour Sophie, ravi de vous avoir croisée au salon RH de Lille.', ['wrong-name'], { recipient: MARIE }),
  n('Hallo Thomas, danke für das Gespräch auf der Hannover Messe.', ['wrong-name'], { recipient: JURGEN }),
  n('Hola Carlos, encantado de conocerte en el evento de Telefónica.', ['wrong-name'], { recipient: JOSE }),
  n('Tom, great to meet you at the Greenpeace volunteer day!', ['wrong-name'], { recipient: KATE }),
  n('Hi Rahul, your talk on data science at Infosys was inspiring.', ['wrong-name'], { recipient: PRIYA }),
  n('Hi Jürgen, thanks for the intro to the platform team.', ['wrong-name']),
  n('Dear Ms. Smith, I enjoyed your keynote.', ['wrong-name']),
  // Name typos.
  n('Hi Jnae, loved your talk at KubeCon.', ['name-typo']),
  n('Hi Jaen, great to meet you at the Berlin meetup.', ['name-typo']),
  n('Hello Priay, your data science post was great.', ['name-typo'], { recipient: PRIYA }),
  n('Hi Kaet, loved the Greenpeace campaign video.', ['name-typo'], { recipient: KATE }),
  n('Hola Jsoé, fue un placer conocerte en Madrid.', ['name-typo'], { recipient: JOSE }),
  // Good personal notes, several languages, emoji.
  good(
    "Hi Jane, loved your talk on platform engineering at KubeCon. I'm building similar tooling at Globex and would love to swap notes.",
  ),
  good('Jane, great meeting you at the Berlin Rust meetup — thanks for the tips on async!'),
  good('Hi there! We met at the robotics summit in Berlin. Would be great to stay in touch.'),
  good('Hi team Acme, big fan of your warehouse robots.'),
  good('Hi Dr. Nair, your post on causal inference for retail was excellent.', { recipient: PRIYA }),
  good('Hi Priya, congrats on the new role at Infosys! 🎉', { recipient: PRIYA }),
  good('Hey Kate 👋 I volunteer with Greenpeace Dublin too – would love to connect.', { recipient: KATE }),
  good('Hi Katherine, Aoife suggested I reach out about the climate campaign.', { recipient: KATE }),
  good("Bonjour Marie-Claire, nous nous sommes rencontrées au salon RH de Lille. Au plaisir d'échanger !", {
    recipient: MARIE,
  }),
  good("Bonjour Marie-Claire ! Votre article sur le recrutement inclusif m'a beaucoup plu.", {
    recipient: MARIE,
  }),
  good('Hallo Jürgen, wir haben uns auf der Hannover Messe kennengelernt. Viele Grüße', {
    recipient: JURGEN,
  }),
  good('Hola José, nos conocimos en el evento de Telefónica en Madrid. ¡Un saludo!', { recipient: JOSE }),
  good('王伟您好，我们在深圳的技术大会上见过，很高兴认识您。', { recipient: WEI }),
  good('Hi Wei, great meeting you at the Shenzhen tech conference.', { recipient: WEI }),
  good('Hi Bob, great to see you at PyCon again!', { recipient: { fullName: 'Robert Smith' } }),
  good('Hi Chris, thanks for the great discussion on Rust at FOSDEM.', {
    recipient: { fullName: 'Christopher Lee' },
  }),
  good('Hi Jane, Sam here from the Berlin meetup — thanks for the great chat about robots.', {
    senderName: 'Sam Lee',
  }),
  good(
    'Hi Jane, I work on the same Kubernetes operators problem at Globex; would love to compare approaches.',
  ),
  good("Hello Jane, your team's blog post on Go generics was super useful for us at Initech."),
  good('Jane — we sat next to each other at the Acme hackathon. Keep in touch!'),
  good("Hi Priya, I'm also a Data Science Lead and saw your comment on causal ML. Would love to connect.", {
    recipient: PRIYA,
  }),
  good('Good morning Jane, thanks for answering my question at the webinar yesterday.'),
  good('Hi Jane,\nwe spoke briefly after your keynote in Berlin.\nWould love to keep in touch.\nSam', {
    senderName: 'Sam',
  }),
  good("Hi Jane 😊 I'm also based in Berlin and working in robotics – would love to connect!"),
  good('Ciao Giulia, ci siamo incontrati al Codemotion di Milano. A presto!', {
    recipient: { fullName: 'Giulia Rossi' },
  }),
  good('Olá Ana, conhecemo-nos na Web Summit em Lisboa. Abraço!', { recipient: { fullName: 'Ana Sousa' } }),
  good('Hoi Daan, leuk je ontmoet te hebben op de meetup in Utrecht!', {
    recipient: { fullName: 'Daan de Vries' },
  }),
  good("Hi Jane, mutual friend Alex Kim said you're the person to talk to about robot fleets.", {
    recipient: { ...JANE, mutual: 'Alex Kim' },
  }),
  good('Hi Jane! Your robotics demo at the Berlin summit blew me away.'),
  good('Hi Jane, fellow Acme alum here (2015–2019 on the firmware team).'),
  // Placeholders left in, and traces of an empty value.
  n('Hi {{firstName}}, loved your talk at KubeCon.', ['unresolved-placeholder']),
  n('Hi [First Name], great to meet you at the summit.', ['unresolved-placeholder']),
  n('Hi , great to meet you at the Berlin meetup.', ['unresolved-placeholder']),
  n('Hi Jane, great to see how  is growing in Berlin.', ['unresolved-placeholder']),
  n('Hi Jane, loved your work at {{company}}.', ['unresolved-placeholder']),
  n('Hi Jane  — great to meet you at the meetup.', ['unresolved-placeholder']),
  n('Hi {{firstname}}, quick note after the meetup.', ['unresolved-placeholder']),
  n('Hello {{ first_name }}, we met at PyCon.', ['unresolved-placeholder']),
  // Pitches and asks.
  n('Hi Jane, we help SaaS companies double their pipeline. Open to a quick call next week?', ['pitch']),
  n('Hi Jane, book a time here: calendly.com/sam-lee/15min', ['pitch', 'contact-info']),
  n("Hi Jane, I'd love to show you a quick demo of our platform for robotics teams.", ['pitch']),
  n('Would you be open to a 15 minute call to discuss how we can cut your cloud costs?', ['pitch']),
  n('Hi Jane, our agency generates qualified leads for B2B companies in Germany.', ['pitch']),
  n('Hi Jane, could you refer me for the open platform role at Acme?', ['pitch']),
  n('Bonjour Marie-Claire, prenons rendez-vous pour une démo de notre solution RH.', ['pitch'], {
    recipient: MARIE,
  }),
  n("Hi Jane, let's hop on a call this week — I have an offer you'll love.", ['pitch']),
  n('Hi Jane, are you interested in a free audit of your AWS setup?', ['pitch']),
  n('Hey Jane, grab a slot on my calendar: cal.com/sam', ['pitch', 'contact-info']),
  // Contact details.
  n('Hi Jane, great meeting you at KubeCon! My slides are at https://example.com/slides', ['contact-info']),
  n('Hi Jane, we met at the Berlin meetup — my email is sam.lee@example.org if easier.', ['contact-info']),
  n('Hi Jane, thanks for the chat at the summit. Call me on +49 30 1234 5678 any time.', ['contact-info']),
  n('Hi Jane, we met at PyCon; my project is at github.com/samlee/robots', ['contact-info']),
  // Length and emptiness.
  n(
    'Hi Jane, we met at the Berlin robotics summit last Thursday and talked about fleet scheduling for warehouse robots. ' +
      'I have been working on the same problem at Globex for two years and would love to compare notes some time soon.',
    ['over-limit'],
  ),
  n('', ['empty']),
  n('   \n  ', ['empty']),
  // Duplicates: the same note already sent to several people.
  n(kubeconNote('Jane'), ['duplicate'], {
    recent: [kubeconNote('Tom'), kubeconNote('Ana'), 'Thanks for the intro to Globex.'],
  }),
  good(kubeconNote('Jane'), { recent: [kubeconNote('Tom'), 'Thanks for the intro to Globex.'] }),
];

export const HELD_OUT: CorpusNote[] = [
  n('Hi Jane, I’d really like to add you to my professional LinkedIn network.', ['default-text']),
  n("hello jane - i'd like to join your linkedin network. thanks, Sam", ['default-text']),
  n('Looking to connect with more professionals in tech. Cheers!', ['generic']),
  n("Hi Jane, hope you're well! Happy to connect.", ['generic']),
  n('Hi Peter, great to meet you at the robotics summit last week.', ['wrong-name']),
  n('Hi Jame, great to meet you at the robotics summit.', ['name-typo']),
  good('Hi Jane, your post on warehouse automation at Acme was spot on. Greetings from Munich!'),
  good('Salut Marie-Claire, merci encore pour ton intervention à la conférence RH.', { recipient: MARIE }),
  n("Hi Jane, want to see how we cut onboarding time by 40%? Let's book a demo.", ['pitch']),
  n('Hi {{ firstName }}, saw your work on {{company}} robots.', ['unresolved-placeholder']),
  good('Hey Jane! We were in the same cohort at the Le Wagon bootcamp in 2019 🙌'),
  good('Dear Mr. Müller, vielen Dank für Ihren Vortrag in München.', { recipient: JURGEN }),
];
