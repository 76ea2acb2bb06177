/**
 * Reading and clicking the panel through the accessibility tree. The panel lives in a CLOSED shadow
 * root, which Playwright locators cannot see; the DevTools Protocol's accessibility tree can, and its
 * box model gives coordinates for real mouse clicks.
 */
import type { CDPSession, Page } from '@playwright/test';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  childIds?: string[];
  parentId?: string;
  backendDOMNodeId?: number;
}

export interface AxEntry {
  role: string;
  name: string;
  /** All static text in the node's subtree (an alert's message, a list's items). */
  text: string;
  backendId?: number;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('Accessibility.enable');
    sessions.set(page, session);
  }
  return session;
}

const str = (v: AXValue | undefined): string => (typeof v?.value === 'string' ? v.value : '');

/** Every non-ignored node under the region named `regionName`, depth first. Empty when absent. */
export async function regionEntries(page: Page, regionName = 'Personal Touch'): Promise<AxEntry[]> {
  const session = await cdp(page);
  await session.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const region = nodes.find((n) => str(n.role) === 'region' && str(n.name) === regionName);
  if (!region) return [];
  const out: AxEntry[] = [];
  const walk = (node: AXNode): string => {
    const entry: AxEntry = {
      role: str(node.role),
      name: str(node.name),
      text: '',
      ...(node.backendDOMNodeId === undefined ? {} : { backendId: node.backendDOMNodeId }),
    };
    if (!node.ignored) out.push(entry);
    const parts = entry.role === 'StaticText' ? [entry.name] : [];
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) parts.push(walk(child));
    }
    entry.text = parts.filter(Boolean).join(' ');
    return entry.text;
  };
  walk(region);
  return out;
}

/** How many regions with this name the page has (never two panels). */
export async function regionCount(page: Page, regionName = 'Personal Touch'): Promise<number> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored && str(n.role) === 'region' && str(n.name) === regionName).length;
}

/** All text the region exposes, joined: names of its static text and controls. */
export async function regionText(page: Page): Promise<string> {
  const entries = await regionEntries(page);
  return entries
    .filter((e) => e.role === 'StaticText' || e.role === 'button' || e.role === 'option')
    .map((e) => e.name)
    .join(' | ');
}

/** Clicks the centre of the first node in the panel with this role and name (string: exact; RegExp: test). */
export async function clickInPanel(page: Page, role: string, name: string | RegExp): Promise<void> {
  const entries = await regionEntries(page);
  const match = entries.find(
    (e) => e.role === role && (typeof name === 'string' ? e.name === name : name.test(e.name)) && e.backendId,
  );
  if (!match?.backendId) {
    throw new Error(
      `No ${role} named ${String(name)} in the panel. It has: ${entries.map((e) => `${e.role}:${e.name}`).join(', ')}`,
    );
  }
  const session = await cdp(page);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: match.backendId });
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: match.backendId })) as {
    model: { content: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Polls until the panel's text matches, returning it; fails with what the panel did show. */
export async function waitForPanelText(page: Page, pattern: RegExp, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await regionText(page);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`Panel text never matched ${pattern}. Last seen: "${text}"`);
}

/** The first node in the panel with this role (e.g. the held-send alert), or undefined. */
export async function panelNode(page: Page, role: string): Promise<AxEntry | undefined> {
  return (await regionEntries(page)).find((e) => e.role === role);
}
