/**
 * pitch (warn): sales pitches, calendar links and asks in a first note. contact-info (info): links,
 * e-mail addresses and phone numbers, which LinkedIn may hide and which the recipient will see.
 */
import { messages } from './messages';
import type { Finding } from './types';

// One alternation scanned once over the lower-cased note: the first match is the earliest phrase.
// No flags: `i` and `u` make this pattern several times slower. Lower-casing keeps offsets (see findPitch).
const PITCH = new RegExp(
  [
    String.raw`\b(?:calendly\.com|cal\.com|savvycal|tidycal|zcal|chilipiper|hubspot\.com\/meetings|calendar\.app)\b`,
    String.raw`\b(?:book|schedule|grab|set up|find)(?: us)? (?:a |some |a quick |a short |\d+ ?min(?:ute)?s? )?(?:time|call|meeting|slot|demo|chat|zoom)\b`,
    String.raw`\b(?:hop|jump) on a (?:quick |short )?(?:call|zoom|chat)\b`,
    String.raw`\b(?:quick|short|brief|discovery|intro|exploratory) (?:call|zoom|meeting|demo)\b`,
    String.raw`\b\d{1,2}[ -]?(?:min|mins|minutes)\b`,
    String.raw`\b(?:a|quick|short|free|live|product) demo\b|\bdemo (?:call|of our)\b`,
    String.raw`\bfree (?:trial|consultation|audit|assessment|strategy session)\b`,
    String.raw`\bour (?:product|platform|solutions?|services?|agency|software|tool|offering|offer)\b`,
    String.raw`\bwe help (?:companies|businesses|brands|teams|founders|startups|b2b|saas|agencies|you)\b`,
    String.raw`\bi help (?:companies|businesses|brands|teams|founders|startups|coaches|agencies|b2b|saas)\b`,
    String.raw`\b(?:increase|boost|grow|scale|double|triple|10x) (?:your|their) (?:revenue|sales|leads|pipeline|business|growth|roi)\b`,
    String.raw`\b(?:more|qualified|generate) leads\b|\broi\b|\bdiscount\b|\blimited time\b`,
    String.raw`\b(?:are|would) you (?:be )?(?:open|interested) (?:to|in)\b|\bworth a (?:quick )?(?:chat|conversation)\b`,
    String.raw`\b(?:could|can|would) you (?:introduce|refer|recommend|endorse|forward|share my)\b|\bplease endorse\b|\brefer me\b`,
    String.raw`\blooking for (?:a|an) (?:new )?(?:job|role|position)\b|\bhire me\b`,
    String.raw`\bprenons rendez-vous\b|(?:appel|échange) rapide\b|\bune démo\b|\btermin vereinbaren\b`,
    String.raw`\bkurzes (?:gespräch|telefonat)|\bllamada (?:rápida|corta)\b|\buna demo\b`,
  ].join('|'),
);

/** The first sales-pitch or ask phrase in the note, as a warning on that phrase. */
export function findPitch(text: string): Finding | null {
  // Lower-casing keeps offsets except for rare letters such as "İ"; then use the slower case-blind pattern.
  const lower = text.toLowerCase();
  const first = lower.length === text.length ? PITCH.exec(lower) : new RegExp(PITCH.source, 'i').exec(text);
  if (!first) return null;
  return {
    id: 'pitch',
    severity: 'warn',
    message: messages.pitch(),
    span: { start: first.index, end: first.index + first[0].length },
  };
}

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LINK =
  /\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|co|net|org|dev|app|ai|me|ly|link|xyz|fr|de|es|it|nl|uk|eu)\b(?:\/[^\s]*)?/gi;
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{1,4}){2,6}/g;

function addEach(
  text: string,
  pattern: RegExp,
  message: string,
  into: Finding[],
  accept = (_: string) => true,
): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].replace(/[.,;:!?)]+$/, '').length;
    if (!accept(match[0]) || into.some((f) => f.span && f.span.start < end && start < f.span.end)) continue;
    into.push({ id: 'contact-info', severity: 'info', message, span: { start, end } });
  }
}

/** Links, e-mail addresses and phone numbers (info), each with its span. */
export function findContactInfo(text: string): Finding[] {
  const found: Finding[] = [];
  // Cheap tests first: each full pattern is slow to scan and most notes have no contact details.
  if (text.includes('@')) addEach(text, EMAIL, messages.contactEmail(), found);
  if (/\w[./]\w/.test(text)) addEach(text, LINK, messages.contactLink(), found);
  const digitCount = (s: string) => s.replace(/\D/g, '').length;
  if (/\d{2}/.test(text)) {
    addEach(text, PHONE, messages.contactPhone(), found, (s) => digitCount(s) >= 9 && digitCount(s) <= 15);
  }
  return found;
}
