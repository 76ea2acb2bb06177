/**
 * Placeholders that survived into the note: `{{…}}` tags, "[First Name]"-style blanks from copied
 * templates, and the traces an empty value leaves behind ("Hi ,", "at  Acme", "Hi  —").
 */
import { messages } from './messages';
import type { Finding } from './types';
import { lookupVariable } from './variables';

const MUSTACHE = /\{\{[^{}\n]{0,60}\}\}|\{\{/g;
/** Template blanks in brackets: [First Name], <Company>, {name}, [Prénom]. */
const BRACKET_BLANK =
  /[[<{](?:first[ _]?name|last[ _]?name|full[ _]?name|your[ _]name|my[ _]name|name|company(?:[ _]name)?|job[ _]title|title|role|recipient|prénom|nom|entreprise|vorname|nombre|empresa)[\]>}]/giu;
/** A space before a comma or full stop right after a word ("Hi ,"): where an empty value was. */
const SPACE_BEFORE_PUNCTUATION = /(?<=[\p{L}\p{N}])[ \t]+(?=[,.](?:\s|$))/gu;
/** Two or more spaces between words, or before a dash ("at  Acme", "Hi  —"). */
const DOUBLE_SPACE = /(?<=[\p{L}\p{N}])[ \t]{2,}(?=[\p{L}\p{N}—–-])/gu;

const MAY_HAVE_BLANK = /[[<{]/;
const MAY_HAVE_TRACE = /[ \t][,.]/;
const MAY_HAVE_DOUBLE_SPACE = /[ \t]{2}/;

function leftoverTag(match: RegExpMatchArray, start: number): Finding {
  const tag = match[0];
  const name =
    tag
      .slice(2, -2)
      .trim()
      .replace(/^[#^/]/, '')
      .split('|')[0]
      ?.trim() ?? '';
  const known = tag.endsWith('}}') && lookupVariable(name) !== undefined;
  const span = { start, end: start + tag.length };
  return {
    id: 'unresolved-placeholder',
    severity: 'block',
    message: known || !tag.endsWith('}}') ? messages.placeholderLeft(tag) : messages.unknownVariable(name),
    span,
    fix: { label: messages.removeFix(), edit: { ...span, text: '' } },
  };
}

function trace(start: number, end: number, replacement: string): Finding {
  return {
    id: 'unresolved-placeholder',
    severity: 'block',
    message: messages.emptyValueTrace(),
    span: { start, end },
    fix: { label: messages.tidyFix(), edit: { start, end, text: replacement } },
  };
}

/** Every leftover placeholder or empty-value trace in the note, in text order. */
export function findPlaceholders(text: string): Finding[] {
  const findings: Finding[] = [];
  // Cheap tests first: most notes have none of these, and each pattern scans the whole note.
  if (text.includes('{{'))
    for (const match of text.matchAll(MUSTACHE)) findings.push(leftoverTag(match, match.index));
  if (MAY_HAVE_BLANK.test(text)) addBracketBlanks(text, findings);
  if (MAY_HAVE_TRACE.test(text)) {
    for (const match of text.matchAll(SPACE_BEFORE_PUNCTUATION)) {
      findings.push(trace(match.index, match.index + match[0].length, ''));
    }
  }
  if (MAY_HAVE_DOUBLE_SPACE.test(text)) {
    for (const match of text.matchAll(DOUBLE_SPACE))
      findings.push(trace(match.index, match.index + match[0].length, ' '));
  }
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function addBracketBlanks(text: string, findings: Finding[]): void {
  for (const match of text.matchAll(BRACKET_BLANK)) {
    if (findings.some((f) => f.span && f.span.start <= match.index && match.index < f.span.end)) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push({
      id: 'unresolved-placeholder',
      severity: 'block',
      message: messages.placeholderLeft(match[0]),
      span,
    });
  }
}
