/**
 * The send guard's decision, kept free of the DOM: which findings hold a send, given the user's guard
 * settings, and the sentence the panel shows.
 */

import type { Finding, FindingId } from '../shared/rules/types';
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
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
  return `Not sent yet: ${first.message}${more}`;
}

export const NO_NOTE_MESSAGE =
  'Not sent yet: this invitation has no note. People accept invitations with a personal note more often. Choose "Add a note", or send it without one.';
