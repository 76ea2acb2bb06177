/**
 * Parses opener bodies: `{{firstName}}`, fallbacks `{{firstName|there}}`, sections
 * `{{#company}}…{{/company}}` (shown when the value is non-empty) and `{{^company}}…{{/company}}`
 * (shown when it is empty). Nothing is ever evaluated: names come from a fixed allow-list.
 */
import { messages } from './messages';
import type { OpenerVariable, TemplateError } from './types';
import { lookupVariable, suggestVariable } from './variables';

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: OpenerVariable; fallback?: string; index: number }
  | { kind: 'section'; name: OpenerVariable; inverted: boolean; children: TemplateNode[]; index: number };

export type ParseResult =
  | { ok: true; nodes: TemplateNode[]; variables: OpenerVariable[] }
  | { ok: false; error: TemplateError };

interface OpenSection {
  name: OpenerVariable;
  inverted: boolean;
  children: TemplateNode[];
  index: number;
}

class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

function variableName(raw: string, index: number): OpenerVariable {
  const name = raw.trim();
  if (name === '') throw new TemplateSyntaxError(messages.templateEmptyTag(), index);
  const known = lookupVariable(name);
  if (!known) throw new TemplateSyntaxError(messages.templateUnknown(name, suggestVariable(name)), index);
  return known;
}

function pushText(into: TemplateNode[], text: string, index: number): void {
  const stray = text.indexOf('}}');
  if (stray >= 0) throw new TemplateSyntaxError(messages.templateStrayClose(), index + stray);
  if (text) into.push({ kind: 'text', text });
}

/** Handles one `{{…}}` tag: opens or closes a section, or adds a variable to the innermost open list. */
function applyTag(tag: string, index: number, stack: OpenSection[], root: TemplateNode[]): void {
  const into = stack.at(-1)?.children ?? root;
  const sigil = tag.trimStart()[0];
  if (sigil === '#' || sigil === '^') {
    const name = variableName(tag.trimStart().slice(1), index);
    stack.push({ name, inverted: sigil === '^', children: [], index });
  } else if (sigil === '/') {
    const name = tag.trimStart().slice(1).trim();
    const open = stack.pop();
    if (!open) throw new TemplateSyntaxError(messages.templateSectionStrayClose(name), index);
    if (open.name !== name)
      throw new TemplateSyntaxError(messages.templateSectionMismatch(open.name, name), index);
    const parent = stack.at(-1)?.children ?? root;
    parent.push({ kind: 'section', ...open });
  } else {
    const bar = tag.indexOf('|');
    const name = variableName(bar >= 0 ? tag.slice(0, bar) : tag, index);
    into.push(
      bar >= 0
        ? { kind: 'variable', name, fallback: tag.slice(bar + 1).trim(), index }
        : { kind: 'variable', name, index },
    );
  }
}

function collectVariables(nodes: readonly TemplateNode[], into: Set<OpenerVariable>): Set<OpenerVariable> {
  for (const node of nodes) {
    if (node.kind === 'variable') into.add(node.name);
    if (node.kind === 'section') {
      into.add(node.name);
      collectVariables(node.children, into);
    }
  }
  return into;
}

/** Parses an opener body; errors carry the UTF-16 index where the problem starts. */
export function parseOpener(body: string): ParseResult {
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  try {
    let cursor = 0;
    for (let open = body.indexOf('{{'); open >= 0; open = body.indexOf('{{', cursor)) {
      pushText(stack.at(-1)?.children ?? root, body.slice(cursor, open), cursor);
      const close = body.indexOf('}}', open + 2);
      const nested = body.indexOf('{{', open + 2);
      if (close < 0 || (nested >= 0 && nested < close))
        throw new TemplateSyntaxError(messages.templateUnclosed(), open);
      applyTag(body.slice(open + 2, close), open, stack, root);
      cursor = close + 2;
    }
    pushText(stack.at(-1)?.children ?? root, body.slice(cursor), cursor);
    const unclosed = stack.pop();
    if (unclosed)
      throw new TemplateSyntaxError(messages.templateSectionUnclosed(unclosed.name), unclosed.index);
  } catch (error) {
    if (error instanceof TemplateSyntaxError)
      return { ok: false, error: { message: error.message, index: error.index } };
    throw error;
  }
  return { ok: true, nodes: root, variables: [...collectVariables(root, new Set())] };
}
