/**
 * Renders opener bodies for a contact.
 *
 * Policy for empty values: rendering is literal. A variable with no value and no fallback becomes ''
 * and is listed in `missing`; the text around it is NOT tidied ("Hi {{firstName}}," gives "Hi ,").
 * Silent tidying would hide that the note lost its personal part; instead checkNote flags the trace
 * ("Hi ,", "at  Acme") as `unresolved-placeholder` with a one-click fix. Use a fallback
 * (`{{firstName|there}}`) or a section (`{{#company}} at {{company}}{{/company}}`) to avoid it.
 */
import { noteLength } from './length';
import { parseOpener, type TemplateNode } from './template';
import type { OpenerLengthRange, OpenerValues, OpenerVariable, RenderResult, TemplateError } from './types';
import { LONG_SAMPLE_VALUES, OPENER_VARIABLE_NAMES, variableValue } from './variables';

function renderNodes(
  nodes: readonly TemplateNode[],
  values: OpenerValues,
  missing: Set<OpenerVariable>,
): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += node.text;
    } else if (node.kind === 'variable') {
      const value = variableValue(values, node.name);
      if (value) out += value;
      else if (node.fallback !== undefined) out += node.fallback;
      else missing.add(node.name);
    } else if ((variableValue(values, node.name) !== '') !== node.inverted) {
      out += renderNodes(node.children, values, missing);
    }
  }
  return out;
}

/** Renders an opener body with a contact's values; see the file comment for how empty values behave. */
export function renderOpener(body: string, values: OpenerValues): RenderResult {
  const parsed = parseOpener(body);
  if (!parsed.ok) return parsed;
  const missing = new Set<OpenerVariable>();
  const text = renderNodes(parsed.nodes, values, missing);
  return { ok: true, text, missing: [...missing] };
}

/**
 * The rendered length for a contact (when values are given), with every value empty, and the worst case
 * with long values. The worst case starts from every value long and empties any variable whose absence
 * makes the note longer (an inverted section's text can be longer than the value it replaces).
 */
export function openerLengthRange(
  body: string,
  values?: OpenerValues,
): { ok: true; range: OpenerLengthRange } | { ok: false; error: TemplateError } {
  const parsed = parseOpener(body);
  if (!parsed.ok) return parsed;
  const lengthWith = (v: OpenerValues): number => noteLength(renderNodes(parsed.nodes, v, new Set()));
  const worst: OpenerValues = { ...LONG_SAMPLE_VALUES };
  let longest = lengthWith(worst);
  for (const name of OPENER_VARIABLE_NAMES) {
    if (!parsed.variables.includes(name)) continue;
    const trial = { ...worst, [name]: '' };
    const length = lengthWith(trial);
    if (length > longest) {
      longest = length;
      worst[name] = '';
    }
  }
  const range: OpenerLengthRange = { shortest: lengthWith({}), longest };
  if (values) range.forContact = lengthWith(values);
  return { ok: true, range };
}
