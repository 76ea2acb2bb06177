/** The opener language's variables: a fixed allow-list, never a property lookup on arbitrary names. */
import type { OpenerValues, OpenerVariable } from './types';

export interface OpenerVariableInfo {
  name: OpenerVariable;
  /** One line for the opener editor's help. */
  description: string;
}

export const OPENER_VARIABLES: readonly OpenerVariableInfo[] = [
  { name: 'firstName', description: "The person's first name, e.g. Jane." },
  { name: 'lastName', description: "The person's last name, e.g. Doe." },
  { name: 'fullName', description: "The person's full name as shown on their profile." },
  { name: 'company', description: 'Their current company.' },
  { name: 'headline', description: 'The headline under their name on LinkedIn.' },
  { name: 'location', description: 'Where they are based, as their profile says.' },
  { name: 'mutual', description: 'A mutual connection you share.' },
  { name: 'howWeMet', description: 'How you met, from your notes on this contact.' },
  { name: 'reason', description: 'Why you want to connect, from your notes on this contact.' },
  { name: 'myFirstName', description: 'Your own first name, from settings, for a signature.' },
];

/** The names alone, so code that only parses openers does not bundle the help texts above. */
export const OPENER_VARIABLE_NAMES: readonly OpenerVariable[] = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'headline',
  'location',
  'mutual',
  'howWeMet',
  'reason',
  'myFirstName',
];

const KNOWN = new Map<string, OpenerVariable>(OPENER_VARIABLE_NAMES.map((name) => [name, name]));

/** The variable called `name`, or undefined: "__proto__" or "constructor" are simply unknown. */
export function lookupVariable(name: string): OpenerVariable | undefined {
  return KNOWN.get(name);
}

/** A known name differing only in case ("firstname" → "firstName"), for a "did you mean" hint. */
export function suggestVariable(name: string): OpenerVariable | undefined {
  const lower = name.toLowerCase().replace(/[\s_-]/g, '');
  return OPENER_VARIABLE_NAMES.find((name) => name.toLowerCase() === lower);
}

/** The trimmed value of `name`, or '' when absent; reads own properties only. */
export function variableValue(values: OpenerValues, name: OpenerVariable): string {
  if (!Object.hasOwn(values, name)) return '';
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

const long = (length: number): string => 'M'.repeat(length);

/** Generous long values for the worst-case length of an opener. */
export const LONG_SAMPLE_VALUES: Required<OpenerValues> = {
  firstName: long(40),
  lastName: long(40),
  fullName: long(81),
  company: long(60),
  headline: long(120),
  location: long(60),
  mutual: long(81),
  howWeMet: long(120),
  reason: long(120),
  myFirstName: long(40),
};
