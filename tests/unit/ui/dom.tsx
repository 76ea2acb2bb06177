/** Small DOM helpers for Preact component tests in happy-dom: mount, wait, find by role/name, type. */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { ClientContext } from '../../../src/ui/client-context';
import type { FakeClient } from './fake-client';

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(ui: ComponentChild, client: FakeClient): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<ClientContext.Provider value={client}>{ui}</ClientContext.Provider>, container));
  await settle();
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Lets pending promises (fake client replies) and Preact's effects run. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

const nameOf = (element: Element) =>
  (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

export function getButton(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((button) =>
    typeof name === 'string' ? nameOf(button) === name : name.test(nameOf(button)),
  );
  if (!found) throw new Error(`No button named ${name}; have: ${buttons.map(nameOf).join(' | ')}`);
  return found;
}

export function getField<E extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): E {
  const labelElement = [...root.querySelectorAll('label')].find((item) => item.textContent?.trim() === label);
  const id = labelElement?.getAttribute('for');
  const field = id ? root.querySelector<E>(`#${CSS.escape(id)}`) : null;
  if (!field) throw new Error(`No field labelled ${label}`);
  return field;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
  await settle();
}

export async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function fire(target: EventTarget, event: Event): Promise<void> {
  await act(() => {
    target.dispatchEvent(event);
  });
  await settle();
}

export async function press(
  target: HTMLElement,
  key: string,
  modifiers: KeyboardEventInit = {},
): Promise<void> {
  await act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
    );
  });
  await settle();
}

export const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map(
    (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
