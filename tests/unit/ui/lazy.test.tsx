// @vitest-environment happy-dom
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
});
