// @vitest-environment happy-dom
/** The panel's opener list with a search field (large libraries) and without (50 openers or fewer). */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenerList, type OpenerSearch } from '../../../src/content/panel/OpenerList';
import { press, settle } from './dom';

const openers = [
  { id: 'a', title: 'We met', preview: 'Hi Maya' },
  { id: 'b', title: 'Recruiter intro', preview: 'Hi Maya, hiring' },
];

let container: HTMLElement;
async function show(ui: preact.ComponentChild): Promise<HTMLElement> {
  container = document.body.appendChild(document.createElement('div'));
  render(ui, container);
  await settle();
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const field = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[role="combobox"]');

describe('opener list search field', () => {
  it('is absent without a search: the listbox alone, as before', async () => {
    const root = await show(<OpenerList openers={openers} onChoose={() => {}} />);
    expect(field(root)).toBeNull();
    expect(root.querySelector('[role="listbox"]')).not.toBeNull();
  });

  it('is a combobox named "Search openers" that drives the listbox: typing, ArrowDown, Enter', async () => {
    const onChoose = vi.fn();
    const search: OpenerSearch = { query: '', onQuery: vi.fn() };
    const root = await show(<OpenerList openers={openers} onChoose={onChoose} search={search} />);
    const input = field(root) as HTMLInputElement;
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    expect(input.getAttribute('aria-label')).toBe('Search openers');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(input.getAttribute('aria-activedescendant')).toBe('pt-opener-0');
    input.value = 'rec';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(search.onQuery).toHaveBeenCalledWith('rec');
    await press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('pt-opener-1');
    expect(root.querySelector('#pt-opener-1')?.getAttribute('aria-selected')).toBe('true');
    await press(input, ' ');
    expect(onChoose).not.toHaveBeenCalled(); // Space types a space in the field
    await press(input, 'Enter');
    expect(onChoose).toHaveBeenCalledWith('b');
  });

  it('says plainly when nothing matches, and keeps the field', async () => {
    const root = await show(
      <OpenerList openers={[]} onChoose={() => {}} search={{ query: 'zz', onQuery: () => {} }} />,
    );
    expect(field(root)?.value).toBe('zz');
    expect(field(root)?.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).toContain('No opener matches');
    expect(root.querySelector('[role="listbox"]')).toBeNull();
  });
});
