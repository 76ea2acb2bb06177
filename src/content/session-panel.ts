/**
 * The panel's place in LinkedIn's dialog: a host (closed shadow root) inserted where the dialog step
 * leaves room, put back if LinkedIn re-renders the dialog's content without it, removed with the session.
 */
import { h, render } from 'preact';
import { faultPoint } from './fail-open';
import { type InviteDialog, panelAnchor } from './linkedin/dialog';
import { createPanelHost, type PanelHost } from './panel/mount';
import { Panel, type PanelProps } from './panel/Panel';

export class SessionPanel {
  #host: PanelHost | undefined;
  #container: HTMLElement | undefined;

  readonly #dialog: InviteDialog;
  readonly #signal: AbortSignal;

  constructor(dialog: InviteDialog, signal: AbortSignal) {
    this.#dialog = dialog;
    this.#signal = signal;
  }

  /** Renders the panel, mounting it first if it is not in the page. Throws if the panel does. */
  render(props: () => PanelProps): void {
    if (!this.#host?.host.isConnected) this.#mount();
    faultPoint('render');
    if (this.#container) render(h(Panel, props()), this.#container);
  }

  /** Focuses the opener search field when the panel shows one, else the "Opener" listbox, if any. */
  focusOpeners(): boolean {
    const root = this.#host?.root;
    const list =
      root?.querySelector<HTMLElement>('[role="combobox"]') ??
      root?.querySelector<HTMLElement>('[role="listbox"]');
    list?.focus();
    return Boolean(list);
  }

  #mount(): void {
    const { element, step } = this.#dialog;
    this.#host?.host.remove();
    this.#host = createPanelHost(element.ownerDocument, this.#signal);
    this.#container = element.ownerDocument.createElement('div');
    this.#host.root.append(this.#container);
    const { parent, before } = panelAnchor(element, step);
    parent.insertBefore(this.#host.host, before);
  }
}
