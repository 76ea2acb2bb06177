// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../src/ui/lazy';
import { type Mounted, mount, settle } from './dom';
import { FakeClient } from './fake-client';

let view: Mounted | undefined;
afterEach(() => view?.unmount());

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyComponent', () => {
  it('shows the fallback until the code arrives, then the component with its props', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const LazyGreeting = lazyComponent(load, () => <p>Loading</p>);
    view = await mount(<LazyGreeting name="Ada" />, new FakeClient());
    expect(view.container.textContent).toBe('Loading');
    arrive(Greeting);
    await settle();
    expect(view.container.textContent).toBe('Hello Ada');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads once however often it is preloaded or mounted', async () => {
    const load = vi.fn(async () => Greeting);
    const LazyGreeting = lazyComponent(load);
    await Promise.all([LazyGreeting.preload(), LazyGreeting.preload()]);
    view = await mount(<LazyGreeting name="Bo" />, new FakeClient());
    expect(view.container.textContent).toBe('Hello Bo');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails open: a chunk that fails leaves the fallback and is asked again on the next mount', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const LazyGreeting = lazyComponent<{ name: string }>(load);
    view = await mount(<LazyGreeting name="Cy" />, new FakeClient());
    expect(view.container.textContent).toBe('');
    view.unmount();
    view = await mount(<LazyGreeting name="Cy" />, new FakeClient());
    expect(view.container.textContent).toBe('Hello Cy');
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('shows the component when the code arrives after the first render but before its effect runs', async () => {
    // The popup preloads views after its first paint; a tab opened meanwhile renders before the import
    // settles, and the import can settle before Preact runs the effect (effects wait for the next frame).
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const LazyGreeting = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const started = LazyGreeting.preload();
    const container = document.createElement('div');
    document.body.append(container);
    render(<LazyGreeting name="Di" />, container); // no act(): the effect is still pending
    expect(container.textContent).toBe('');
    arrive(Greeting);
    await started;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(container.textContent).toBe('Hello Di');
    render(null, container);
    container.remove();
  });
});
