/**
 * The send guard's decision, kept free of the DOM: which findings hold a send, given the user's guard
 * settings, and the sentence the panel shows.
 */

import type { Finding, FindingId } from '../shared/rules/types';
import { text } from './i18n';
import type { ContentSettings } from './replies';

type Guards = ContentSettings['guards'];

/** Which setting turns each blocking finding's guard off. */
const GUARD_FOR: Partial<Record<FindingId, keyof Guards>> = {
  'default-text': 'defaultText',
  'over-limit': 'overLimit',
  'unresolved-placeholder': 'placeholder',
  'wrong-name': 'wrongName',
};

export function blockingFindings(findings: readonly Finding[], guards: Guards): Finding[] {
  return findings.filter((finding) => {
    if (finding.severity !== 'block') return false;
    const guard = GUARD_FOR[finding.id];
    return guard === undefined || guards[guard];
  });
}

/** One sentence for the held-send alert, naming the first problem and counting the rest. */
export function heldMessage(blocking: readonly Finding[]): string | undefined {
  const [first, ...rest] = blocking;
  if (!first) return undefined;
  const more = rest.length === 0 ? '' : ` ${text.held.more(rest.length)}`;
  return `${text.held.notSentYet(first.message)}${more}`;
}

/** The browser's language is fixed for the page's life, so this is read once. */
export const NO_NOTE_MESSAGE = text.held.noNote;
