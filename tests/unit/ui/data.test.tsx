// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DataSection } from '../../../src/popup/options/DataSection';
import { click, getButton, type Mounted, mount, settle } from './dom';
import { FakeClient } from './fake-client';

let view: Mounted | undefined;
afterEach(() => view?.unmount());

async function chooseFile(root: HTMLElement, contents: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [new File([contents], 'backup.json')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(10);
}

describe('import', () => {
  it('previews a file, then applies it in the chosen mode only when asked', async () => {
    const client = new FakeClient();
    let imported = 0;
    view = await mount(<DataSection onImported={() => imported++} />, client);
    const root = view.container;
    await chooseFile(root, JSON.stringify({ openers: [{}, {}] }));
    expect(client.callsOf('previewImport')[0]).toMatchObject({ mode: 'merge' });
    expect(client.callsOf('applyImport')).toHaveLength(0);
    const openersRow = [...root.querySelectorAll('tbody tr')].find((row) =>
      row.textContent?.startsWith('Openers'),
    );
    expect(openersRow?.querySelectorAll('td')[0]?.textContent).toBe('2');

    const replace = root.querySelector<HTMLInputElement>('input[value="replace"]');
    if (replace) await click(replace);
    expect(client.callsOf('previewImport').at(-1)).toMatchObject({ mode: 'replace' });
    await click(getButton(root, 'Replace my data with this file'));
    expect(client.callsOf('applyImport')[0]).toMatchObject({ mode: 'replace' });
    expect(imported).toBe(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Import finished.');
  });

  it('lists the problems of a refused file and offers no import button', async () => {
    view = await mount(<DataSection onImported={() => undefined} />, new FakeClient());
    await chooseFile(view.container, '{}');
    expect(view.container.textContent).toContain('This file cannot be imported:');
    expect(view.container.textContent).toContain('openers: missing.');
    expect(() => getButton(view?.container ?? document, 'Import now')).toThrow();
  });
});
