/**
 * Openers seeded on first install, so the composer is useful before the user writes their own.
 * Pure data. Each one says why the sender wants to connect or reminds the recipient how, where and when
 * they met: the two things that make people accept. Optional sections (`{{#x}}…{{/x}}`) drop out cleanly
 * when the fact is unknown, and every body renders under LinkedIn's 200-character free limit for typical
 * names (checked in tests/unit/background/starter-openers.test.ts).
 * Template variables: `howWeMet` reads after "we met", e.g. "at ReactConf in Berlin last May" or
 * "through Priya"; `reason` is a clause after "because", e.g. "I'm hiring designers in Lyon".
 */
import type { OpenerDraft } from './schema/stored';

export interface StarterOpener extends OpenerDraft {
  id: string;
  tags: string[];
}

export const STARTER_OPENERS: readonly StarterOpener[] = [
  {
    id: 'starter-met-in-person',
    title: 'We met in person',
    body:
      'Hi {{firstName|there}}, it was good to meet you{{#howWeMet}} {{howWeMet}}{{/howWeMet}}. ' +
      "I'd like to stay in touch{{#reason}} because {{reason}}{{/reason}}.{{#myFirstName}} – {{myFirstName}}{{/myFirstName}}",
    tags: ['starter', 'met'],
  },
  {
    id: 'starter-why-connect',
    title: 'Why I want to connect',
    body:
      "Hi {{firstName|there}}, I'd like to connect because {{reason|your work caught my attention}}. " +
      "Happy to share what I'm working on too.{{#myFirstName}} – {{myFirstName}}{{/myFirstName}}",
    tags: ['starter', 'why'],
  },
  {
    id: 'starter-mutual',
    title: 'Introduced by a mutual contact',
    body:
      'Hi {{firstName|there}}, {{#mutual}}{{mutual}} suggested I get in touch. {{/mutual}}' +
      "I'd like to connect because {{reason|we work on similar problems}}.{{#myFirstName}} – {{myFirstName}}{{/myFirstName}}",
    tags: ['starter', 'mutual'],
  },
  {
    id: 'starter-reconnect',
    title: 'Reconnecting',
    body:
      "Hi {{firstName|there}}, it's been a while{{#howWeMet}} since we met {{howWeMet}}{{/howWeMet}}. " +
      "I'd like to reconnect here and hear what you're working on now.{{#myFirstName}} – {{myFirstName}}{{/myFirstName}}",
    tags: ['starter', 'reconnect'],
  },
];
