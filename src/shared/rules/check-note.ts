/** checkNote: runs every rule over a note and returns the findings, most serious first. */
import { findBoilerplate } from './default-text';
import { countNearDuplicates, DUPLICATE_MIN_MATCHES, noteFingerprint } from './duplicate';
import { isGeneric } from './generic';
import { findGreetedName } from './greeting';
import { graphemeCount } from './length';
import { messages } from './messages';
import { checkGreetingName } from './names';
import { normaliseNote, type Token, tokenize } from './normalise';
import { findContactInfo, findPitch } from './pitch';
import { findPlaceholders } from './placeholders';
import type { Finding, NoteContext, NoteReport, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

function overLimit(length: number, limit: number): Finding {
  const over = length - limit;
  return {
    id: 'over-limit',
    severity: 'block',
    message: messages.overLimit(over, limit),
    span: { start: limit, end: length },
  };
}

function defaultText(text: string, tokens: readonly Token[], context: NoteContext): Finding | null {
  const custom = context.customPhrases ?? [];
  const match = findBoilerplate(text, tokens, custom);
  if (!match) return null;
  // The span covers the sentence's words and its closing punctuation; the fix also takes the spaces after.
  const end = match.end + (/^[.!?…,;:]*/.exec(text.slice(match.end))?.[0].length ?? 0);
  const removeTo = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
  return {
    id: 'default-text',
    severity: 'block',
    message: custom.includes(match.phrase) ? messages.customDefaultText() : messages.defaultText(),
    span: { start: match.start, end },
    fix: { label: messages.removeBoilerplateFix(), edit: { start: match.start, end: removeTo, text: '' } },
  };
}

function duplicate(text: string, context: NoteContext): Finding | null {
  const recent = context.recentFingerprints ?? [];
  if (recent.length < DUPLICATE_MIN_MATCHES) return null;
  const count = countNearDuplicates(noteFingerprint(text), recent);
  return count >= DUPLICATE_MIN_MATCHES
    ? { id: 'duplicate', severity: 'warn', message: messages.duplicate(count) }
    : null;
}

/** Most serious first; within a severity, in text order. */
function bySeverityThenPosition(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.span?.start ?? 0) - (b.span?.start ?? 0)
  );
}

/**
 * Checks a note before it is sent. Spans index into normaliseNote(text), which is the text itself
 * whenever it holds no "\r" (always true for a textarea's value). Never throws on any string.
 */
export function checkNote(text: string, context: NoteContext): NoteReport {
  const note = normaliseNote(text);
  const limit = context.limit;
  const length = note.length;
  const report: NoteReport = {
    length,
    graphemes: graphemeCount(note),
    limit,
    over: Math.max(0, length - limit),
    findings: [],
  };
  const findings = report.findings;
  if (note.trim() === '') {
    findings.push({ id: 'empty', severity: 'warn', message: messages.empty() });
    return report;
  }
  if (report.over > 0) findings.push(overLimit(length, limit));
  const tokens = tokenize(note);
  findings.push(...findPlaceholders(note));
  const boilerplate = defaultText(note, tokens, context);
  const pitch = findPitch(note);
  const greeted = findGreetedName(note);
  // One warning is enough: boilerplate is already blocked and a pitch says more than "generic".
  const generic =
    !boilerplate && !pitch && isGeneric(note, tokens, context, greeted?.keys ?? [])
      ? { id: 'generic' as const, severity: 'warn' as const, message: messages.generic() }
      : null;
  for (const finding of [
    boilerplate,
    checkGreetingName(greeted, context),
    generic,
    duplicate(note, context),
    pitch,
  ]) {
    if (finding) findings.push(finding);
  }
  findings.push(...findContactInfo(note));
  findings.sort(bySeverityThenPosition);
  return report;
}
