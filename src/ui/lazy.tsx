/**
 * A component whose code is loaded on demand with a dynamic import(), so a view that is not shown first
 * (another tab, the opener editor) is neither downloaded nor evaluated before the first paint. Vite
 * splits it into its own chunk of the extension page: no web-accessible resource is involved.
 *
 * Until the code has arrived the view renders nothing (an instant later, the chunk is local); `preload`
 * starts the import early, e.g. once the first paint is done, so switching to it is not delayed.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> extends FunctionComponent<P> {
  /** Starts loading (once); resolves when the component is ready, to nothing. */
  preload: () => Promise<void>;
}

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => preact.ComponentChild = () => null,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
    });
    return loading;
  };

  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== undefined);
    useEffect(() => {
      // The code may have arrived between this render and its effect (a preload in flight): show it now.
      if (loaded) {
        setReady(true);
        return;
      }
      let live = true;
      preload().then(
        () => live && setReady(true),
        // Fail open: the rest of the popup keeps working; retry on the next mount.
        (error: unknown) => {
          loading = undefined;
          console.error('Personal Touch: a view failed to load', error);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : fallback();
  }
  Lazy.preload = preload;
  return Lazy;
}
