/**
 * The seam through which a UI shows rule messages in its own language. The rules stay pure: they
 * never look up a locale themselves. A UI (the panel, the popup) registers a translator; a message it
 * cannot translate stays in the rules' English, message by message. Without a translator (the
 * check-notes CLI, unit tests) everything is English.
 */

/** A value put into a message: a name the user wrote, a limit, a count. Always plain text. */
export type RuleValue = string | number;

/**
 * Returns the message `name` (e.g. "rule_overLimit") with `values` in its {1}, {2}… slots, or
 * undefined to keep the English. When `count` is given the message has plural forms, and the
 * translator picks the form its language's plural rules choose for that count.
 */
export type RuleTranslator = (
  name: string,
  values: readonly RuleValue[],
  count?: number,
) => string | undefined;

let active: RuleTranslator | undefined;

/** Installs the translator every later rule message goes through; undefined restores English. */
export function setRuleTranslator(next: RuleTranslator | undefined): void {
  active = next;
}

/**
 * Puts `values` into a template's {1}…{9} slots in one pass, so a value that itself contains "{2}"
 * or "$&" is copied as written, never expanded.
 */
export function fillValues(template: string, values: readonly RuleValue[]): string {
  return template.replace(/\{(\d)\}/g, (whole, n: string) => String(values[Number(n) - 1] ?? whole));
}

/** The translated message, or undefined; a translator that throws must not stop the checker (fail open). */
export function translated(name: string, values: readonly RuleValue[], count?: number): string | undefined {
  try {
    return active?.(name, values, count) || undefined;
  } catch {
    return undefined;
  }
}
