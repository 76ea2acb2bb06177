/**
 * How UI text is translated. `strings.ts` holds the English text, written with `fmt` and `plural` where
 * a sentence takes values; `localise` turns it into an object of the same shape whose every leaf is
 * read through the active message lookup (the browser's i18n, or a chosen locale's messages.json),
 * falling back to English. Message names are the leaf's path joined with "_" (e.g. openers_noMatches);
 * values go in as {1}, {2}… — not Chrome's $1, so the browser never rewrites them.
 * `setMessages` also installs the rules' translator, so findings from src/shared/rules (rule_… messages)
 * follow the same language as the rest of the UI, each falling back to the rules' English.
 */
import { fillValues, type RuleValue, setRuleTranslator } from '../shared/rules/translator';

export type Lookup = (name: string) => string | undefined;

let lookup: Lookup = () => undefined;
let pluralRules = new Intl.PluralRules('en');

/** English-style messages have two forms; a locale's other categories (few, many) read "other". */
const pluralForm = (count: number): 'one' | 'other' =>
  pluralRules.select(count) === 'one' ? 'one' : 'other';

/** A rule message in the active language: the plural form the locale picks for `count`, if given. */
function translateRule(name: string, values: readonly RuleValue[], count?: number): string | undefined {
  const form = count === undefined ? name : `${name}_${pluralForm(count)}`;
  const template = lookup(form);
  return template ? fillValues(template, values) : undefined;
}

/** Installs the messages of `locale`; every later read of a string, and every rule finding, uses them. */
export function setMessages(next: Lookup, locale: string): void {
  lookup = next;
  pluralRules = new Intl.PluralRules(locale);
  setRuleTranslator(translateRule);
}

export type Value = RuleValue;

const TEMPLATE = Symbol('template');
const PLURAL = Symbol('plural');

interface Template {
  [TEMPLATE]: string;
}
interface Plural {
  [PLURAL]: { one: string; other: string };
}

const fill = fillValues;

/** A sentence with values: `fmt<[name: string]>('Edit {1}')`. */
export function fmt<A extends Value[]>(template: string): ((...values: A) => string) & Template {
  return Object.assign((...values: A) => fill(template, values), { [TEMPLATE]: template });
}

/** A count sentence, in the forms the locale's plural rules pick ("one" or "other"); {1} is the count. */
export function plural(one: string, other: string): ((count: number) => string) & Plural {
  const english = (count: number) => fill(count === 1 ? one : other, [count]);
  return Object.assign(english, { [PLURAL]: { one, other } });
}

const translated = (name: string, english: string) => lookup(name) || english;

/** Every message of the English tree, by message name (what en/messages.json must hold). */
export function englishMessages(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, leaf] of Object.entries(tree)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (typeof leaf === 'string') out[name] = leaf;
    else if (typeof leaf === 'function' && TEMPLATE in leaf) out[name] = (leaf as Template)[TEMPLATE];
    else if (typeof leaf === 'function' && PLURAL in leaf) {
      const forms = (leaf as Plural)[PLURAL];
      out[`${name}_one`] = forms.one;
      out[`${name}_other`] = forms.other;
    } else if (typeof leaf === 'object' && leaf !== null) Object.assign(out, englishMessages(leaf, name));
    else throw new Error(`strings: ${name} must be a string, fmt(), plural() or a group`);
  }
  return out;
}

function localisedLeaf(name: string, leaf: unknown): () => unknown {
  if (typeof leaf === 'string') return () => translated(name, leaf);
  if (typeof leaf === 'function' && TEMPLATE in leaf) {
    const english = (leaf as Template)[TEMPLATE];
    return () =>
      (...values: Value[]) =>
        fill(translated(name, english), values);
  }
  if (typeof leaf === 'function' && PLURAL in leaf) {
    const forms = (leaf as Plural)[PLURAL];
    return () => (count: number) => {
      const form = pluralForm(count);
      return fill(translated(`${name}_${form}`, forms[form]), [count]);
    };
  }
  const group = localise(leaf as object, name);
  return () => group;
}

/** The same tree, each leaf read through the active messages at the time it is used. */
export function localise<T extends object>(tree: T, prefix = ''): T {
  const out = {};
  for (const [key, leaf] of Object.entries(tree)) {
    const read = localisedLeaf(prefix ? `${prefix}_${key}` : key, leaf);
    Object.defineProperty(out, key, { get: read, enumerable: true });
  }
  return out as T;
}
