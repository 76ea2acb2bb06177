/**
 * Facts about the recipient that openers can use ({{company}}, {{headline}}, {{location}}, {{mutual}}),
 * read only from the profile's own top card, and only when the page is the recipient's profile.
 * Page text is untrusted: it is only ever used as plain text.
 */
import { textOf } from './dom';
import { css } from './selectors';

export interface ProfileFacts {
  headline?: string;
  company?: string;
  location?: string;
  mutual?: string;
}

const DEGREE = /^[·•]?\s*\d(st|nd|rd|th|e|er)?\+?$/i;
const MUTUAL = /^(.+?)(?:,| and | et | und | y ).*\bmutual|^(.+?)(?:,| et ).*\ben commun|^(.+?) is a mutual/i;
const AT_COMPANY = /\b(?:at|chez|bei|en|em|presso|@)\s+([^|·,]+)/i;

function topCardLines(card: Element): string[] {
  const name = textOf(card.querySelector('h1'));
  return [...card.querySelectorAll('p, div.text-body-medium, span.text-body-small')]
    .filter((el) => !el.querySelector('p, div'))
    .map(textOf)
    .filter((line) => line && line !== name && !DEGREE.test(line));
}

/** Reads headline, company, location and a mutual connection from the top card. */
export function readProfileFacts(doc: Document): ProfileFacts {
  const card = doc.querySelector(css('topCard'));
  if (!card) return {};
  const lines = topCardLines(card);
  const mutualLine = lines.find((line) => /mutual|en commun|gemeinsame/i.test(line));
  const rest = lines.filter((line) => line !== mutualLine);
  const headline = rest[0];
  const location = rest[1]?.replace(/\s*·\s*Contact info.*$/i, '').trim();
  const company = headline ? AT_COMPANY.exec(headline)?.[1]?.trim() : undefined;
  const mutualMatch = mutualLine ? MUTUAL.exec(mutualLine) : null;
  const mutual = (mutualMatch?.[1] ?? mutualMatch?.[2] ?? mutualMatch?.[3])?.trim();
  return {
    ...(headline ? { headline } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(mutual ? { mutual } : {}),
  };
}
