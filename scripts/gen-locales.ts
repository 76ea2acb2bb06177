/**
 * Writes public/_locales/en/messages.json from src/ui/strings.ts, the English source of every UI
 * message (and the manifest's name, description and command label). Other locales are translated by
 * hand; tests/unit/ui/locales.test.ts checks that they have every message with the same {n} values.
 */
import { writeFileSync } from 'node:fs';
import { englishMessages } from '../src/ui/i18n';
import { english } from '../src/ui/strings';

export const EN_MESSAGES_PATH = 'public/_locales/en/messages.json';

export function enMessagesText(): string {
  const entries = Object.entries(englishMessages(english)).map(([name, message]) => [name, { message }]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(EN_MESSAGES_PATH, enMessagesText());
  console.log(`wrote ${EN_MESSAGES_PATH}`);
}
