/**
 * Watches where LinkedIn mounts invite dialogs, narrowly on purpose (its feed churns thousands of nodes a
 * second): the body's direct children (outlets come and go), the modal outlets' subtrees, and the interop
 * outlet's open shadow root. MutationObserver callbacks run before the next paint, so a panel mounted from
 * `onChange` appears in the same frame as the dialog.
 */
import { safely } from './fail-open';
import { css } from './linkedin/selectors';

const OUTLET_OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Calls `onChange` now and whenever a dialog home changes, until `signal` aborts. */
export function watchDialogHomes(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const observed = new WeakSet<Node>();
  const outletObserver = new MutationObserver(onChange);
  // Outlets that exist now; run again whenever the body's children change.
  const observeOutlets = () =>
    safely(
      'observe',
      () => {
        const outlets = [...doc.querySelectorAll(css('modalOutlet'))];
        const interop = doc.querySelector(css('interopOutlet'))?.shadowRoot;
        for (const target of [...outlets, interop]) {
          if (target && !observed.has(target)) {
            observed.add(target);
            outletObserver.observe(target, OUTLET_OBSERVE);
          }
        }
        onChange();
      },
      undefined,
    );
  const bodyObserver = new MutationObserver(observeOutlets);
  bodyObserver.observe(doc.body, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      bodyObserver.disconnect();
      outletObserver.disconnect();
    },
    { once: true },
  );
  observeOutlets();
}
