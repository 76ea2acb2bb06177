/**
 * How UI text is translated. `strings.ts` holds the English text, written with `fmt` and `plural` where
 * a sentence takes values; `localise` turns it into an object of the same shape whose every leaf is
 * read through the active message lookup (the browser's i18n, or a chosen locale's messages.json),
 * falling back to English. Message names are the leaf's path joined with "_" (e.g. openers_noMatches);
 * values go in as {1}, {2}… — not Chrome's $1, so the browser never rewrites them.
 */

export type Lookup = (name: string) => string | undefined;

let lookup: Lookup = () => undefined;
let pluralRules = new Intl.PluralRules('en');

/** Installs the messages of `locale`; every later read of a string uses them. */
export function setMessages(next: Lookup, locale: string): void {
  lookup = next;
  pluralRules = new Intl.PluralRules(locale);
}

export type Value = string | number;

const TEMPLATE = Symbol('template');
const PLURAL = Symbol('plural');

interface Template {
  [TEMPLATE]: string;
}
interface Plural {
  [PLURAL]: { one: string; other: string };
}

function fill(template: string, values: readonly Value[]): string {
  return template.replace(/\{(\d)\}/g, (whole, n: string) => String(values[Number(n) - 1] ?? whole));
}

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
      const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
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
