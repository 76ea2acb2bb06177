/**
 * Page scripts cannot read the panel or the user's private notes. From LinkedIn's own world, with a
 * hostile script installed before anything else runs (it wraps attachShadow and records every DOM
 * mutation), the panel host exposes no shadow root and no private text ever appears in the page, until
 * the user inserts a note, and then only that note.
 */
import type { Page } from '@playwright/test';
import { clickInPanel, waitForPanelText } from './ax';
import { askWorker, expect, test } from './harness';
import { openNoteStep } from './invite-steps';

const MAYA = 'profile-2025-add-note-200.html';
const MET = 'at the Fjordline harbour summit';
const WHY = 'confidential reason 7Q4';
const OPENER = {
  title: 'Fjordline opener',
  body: 'Hi {{firstName}}, good to meet you {{howWeMet}}.',
  pinned: true,
};

/** Runs in LinkedIn's main world before any page script: what a hostile or curious page could do. */
function installSpy(): void {
  const spy = { roots: [] as ShadowRoot[], modes: [] as string[], seen: [] as string[] };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    spy.roots.push(root);
    spy.modes.push(init.mode);
    return root;
  };
  const record = (node: Node) => {
    spy.seen.push(node.textContent ?? '');
    if (node instanceof Element) for (const a of node.attributes) spy.seen.push(a.value);
  };
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      m.addedNodes.forEach(record);
      if (m.type === 'characterData' || m.type === 'attributes') record(m.target);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Everything the page's world can read: text, attributes and field values, through open shadow roots. */
async function pageWorldView(page: Page) {
  return page.evaluate(() => {
    const spy = (window as unknown as { __spy: { roots: ShadowRoot[]; modes: string[]; seen: string[] } })
      .__spy;
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) parts.push(a.value);
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) parts.push(el.value);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
    };
    walk(document);
    for (const root of spy.roots) walk(root);
    const host = document
      .querySelector('#interop-outlet')
      ?.shadowRoot?.querySelector('[data-personal-touch]');
    return {
      hostFound: host !== null && host !== undefined,
      hostShadowRoot: host?.shadowRoot ?? null,
      spiedOnPanel: spy.roots.some((root) => root.host === host),
      // LinkedIn's own interop outlet is attached after the spy: proof that the hook works.
      spiedOnLinkedIn: spy.roots.some((root) => root.host.id === 'interop-outlet'),
      text: parts.join('\n'),
      mutations: spy.seen.join('\n'),
    };
  });
}

test('the page world sees no panel root and no private note until the user inserts one', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await askWorker(context, extensionId, { type: 'saveOpener', opener: OPENER });
  await askWorker(context, extensionId, {
    type: 'saveContact',
    patch: { slug: 'maya-lindqvist', howWeMet: MET, why: WHY },
  });
  await context.addInitScript(installSpy);
  const page = await openFixture(MAYA);
  await openNoteStep(page, { panel: /Fjordline harbour summit/ }); // the panel shows the private notes
  await waitForPanelText(page, /confidential reason 7Q4/);

  const before = await pageWorldView(page);
  expect(before).toMatchObject({
    hostFound: true,
    hostShadowRoot: null,
    spiedOnPanel: false,
    spiedOnLinkedIn: true,
  });
  for (const secret of ['Fjordline', WHY, 'Hi Maya, good to meet you']) {
    expect(before.text).not.toContain(secret);
    expect(before.mutations).not.toContain(secret);
  }

  await clickInPanel(page, 'option', /^Fjordline opener/);
  const inserted = `Hi Maya, good to meet you ${MET}.`;
  await expect(page.locator('#custom-message')).toHaveValue(inserted);
  const after = await pageWorldView(page);
  expect(after.text).toContain(inserted); // what the user chose to insert, and nothing more
  expect(after.text).not.toContain(WHY);
  expect(after.mutations).not.toContain(WHY);
  expect(after).toMatchObject({ hostShadowRoot: null, spiedOnPanel: false });
});
