/**
 * Writes public/_locales/en/messages.json from the English sources of every UI message: src/ui/strings.ts
 * (popup, options, the manifest's name, description and command label), the Results view's
 * src/popup/results/strings.ts (results_…) and the content script's src/content/panel/strings.ts
 * (panel_…), and the rule findings' src/shared/rules/messages.ts (rule_…). Other locales are translated
 * by hand; tests/unit/ui/locales.test.ts checks that they have every message with the same {n} values.
 */
import { writeFileSync } from 'node:fs';
import { englishPanel } from '../src/content/panel/strings';
import { englishResults } from '../src/popup/results/strings';
import { englishRuleMessages } from '../src/shared/rules/messages';
import { englishMessages } from '../src/ui/i18n';
import { english } from '../src/ui/strings';

export const EN_MESSAGES_PATH = 'public/_locales/en/messages.json';

/** Each English tree with the prefix its message names take (as passed to `localise`). */
const TREES: readonly [tree: object, prefix: string][] = [
  [english, ''],
  [englishResults, 'results'],
  [englishPanel, 'panel'],
];

export function enMessagesText(): string {
  const messages = [...TREES.map(([tree, prefix]) => englishMessages(tree, prefix)), englishRuleMessages()];
  const entries = messages
    .flatMap((group) => Object.entries(group))
    .map(([name, message]) => [name, { message }]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(EN_MESSAGES_PATH, enMessagesText());
  console.log(`wrote ${EN_MESSAGES_PATH}`);
}
