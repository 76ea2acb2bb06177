/** Length as LinkedIn counts it, and as a person would count it. */
import { normaliseNote } from './normalise';

/**
 * LinkedIn's count: UTF-16 code units of the note after CRLF/CR become LF, so a line break counts 1.
 * (Its textarea `maxlength` works on UTF-16 code units, so an emoji usually counts 2.)
 */
export function noteLength(text: string): number {
  return normaliseNote(text).length;
}

let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined) : null;
  }
  return segmenter;
}

// Below U+0300 every code point is its own grapheme (no combining marks, joiners or surrogates),
// so the common case skips the segmenter, which is comparatively slow.
const SIMPLE_TEXT = /^[\t\n -\u02ff]*$/;

/** User-perceived characters (Intl.Segmenter when present, otherwise code points), for display. */
export function graphemeCount(text: string): number {
  const normalised = normaliseNote(text);
  if (SIMPLE_TEXT.test(normalised)) return normalised.length;
  const seg = graphemeSegmenter();
  let count = 0;
  if (seg) {
    for (const _ of seg.segment(normalised)) count++;
    return count;
  }
  for (const _ of normalised) count++;
  return count;
}
