/** The rules module's public API: pure functions, no DOM, no browser API. */
export { checkNote } from './check-note';
export { boilerplatePhrases, findBoilerplate } from './default-text';
export {
  countNearDuplicates,
  DUPLICATE_MIN_MATCHES,
  hammingDistance,
  NEAR_DUPLICATE_BITS,
  noteFingerprint,
} from './duplicate';
export { graphemeCount, noteLength } from './length';
export { messages } from './messages';
export { editDistance, foldWord, normaliseNote, type Token, tokenize } from './normalise';
export { DEFAULT_INVITATION_TEXTS, PLACEHOLDER_TEXTS, UNSOURCED_INVITATION_TEXTS } from './phrases';
export { openerLengthRange, renderOpener } from './render';
export { type ParseResult, parseOpener, type TemplateNode } from './template';
export type * from './types';
export {
  LONG_SAMPLE_VALUES,
  OPENER_VARIABLE_NAMES,
  OPENER_VARIABLES,
  type OpenerVariableInfo,
} from './variables';
