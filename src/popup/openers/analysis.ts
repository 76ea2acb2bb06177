/**
 * What the editor shows about an opener body, computed with the shared rules: the preview for a
 * sample contact, its findings against the free limit, the worst-case length, or the syntax error.
 */
import {
  checkNote,
  type NoteReport,
  type OpenerValues,
  type OpenerVariable,
  openerLengthRange,
  type RecipientFacts,
  renderOpener,
} from '../../shared/rules';
import { strings } from '../../ui/strings';

/** LinkedIn's free limit: the one most people write against, so findings use it. */
export const FREE_LIMIT = 200;
export const PREMIUM_LIMIT = 300;

export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
  /** The offending line, split at the error so it can be shown with a caret. */
  lineText: string;
}

export type OpenerAnalysis =
  | { ok: false; problem: SyntaxProblem }
  | { ok: true; preview: string; missing: OpenerVariable[]; report: NoteReport; longest: number };

export function sampleValues(myFirstName: string): OpenerValues {
  const sample = strings.sample;
  return {
    firstName: sample.firstName,
    lastName: sample.lastName,
    fullName: `${sample.firstName} ${sample.lastName}`,
    company: sample.company,
    headline: sample.headline,
    location: sample.location,
    mutual: sample.mutual,
    howWeMet: sample.howWeMet,
    reason: sample.reason,
    myFirstName: myFirstName || sample.myFirstName,
  };
}

function recipientOf(values: OpenerValues): RecipientFacts {
  const facts: RecipientFacts = {};
  for (const key of ['firstName', 'lastName', 'fullName', 'company', 'headline', 'location'] as const) {
    const value = values[key];
    if (value) facts[key] = value;
  }
  return facts;
}

/** 1-based line and column of a UTF-16 offset, with the text of that line. */
export function locate(body: string, index: number): Omit<SyntaxProblem, 'message'> {
  const before = body.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = body.indexOf('\n', index);
  return {
    line: before.split('\n').length,
    column: index - lineStart + 1,
    lineText: body.slice(lineStart, lineEnd === -1 ? body.length : lineEnd),
  };
}

export function analyseOpener(body: string, values: OpenerValues): OpenerAnalysis {
  const rendered = renderOpener(body, values);
  if (!rendered.ok) {
    return { ok: false, problem: { message: rendered.error.message, ...locate(body, rendered.error.index) } };
  }
  const report = checkNote(rendered.text, { limit: FREE_LIMIT, recipient: recipientOf(values) });
  const range = openerLengthRange(body, values);
  const longest = range.ok ? range.range.longest : report.length;
  return { ok: true, preview: rendered.text, missing: rendered.missing, report, longest };
}

/**
 * The editor must keep working (and keep the draft) even if a rule throws on some input: a failed
 * analysis shows a short notice instead of taking the whole popup down.
 */
export function analyseSafely(body: string, values: OpenerValues): OpenerAnalysis | null {
  try {
    return analyseOpener(body, values);
  } catch (failure) {
    console.error('Personal Touch: checking the opener failed', failure);
    return null;
  }
}
