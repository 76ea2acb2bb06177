/**
 * Connect controls that send at once with no dialog and no note: My Network's "People you may know"
 * cards, and search results whose Connect has no dialog behind it (known by markup, or learned from what
 * a click did: direct-send-learner.ts). A click on one is held and a small prompt offers: open the
 * person's profile to add a note, send without one (exactly this one click, passed on to LinkedIn), or
 * stop asking on this page. A setting (`interceptPymk`) turns this off. Any failure lets the click
 * through, as if the extension were absent.
 */
import { h, render } from 'preact';
import { directSendLearner } from './direct-send-learner';
import { faultPoint, safely } from './fail-open';
import { text } from './i18n';
import { ambiguousResultConnect, knownDirectControl } from './linkedin/direct-send';
import { recipientFromControl } from './linkedin/recipient';
import { ConnectPrompt } from './panel/ConnectPrompt';
import { createPanelHost, type PanelHost } from './panel/mount';
import type { ContentSettings } from './replies';

export class DirectConnectGuard {
  #prompt: { host: PanelHost; close: AbortController } | undefined;
  #bypass: Element | undefined;
  #stoppedOn: string | undefined;
  readonly #learner;

  constructor(
    private readonly doc: Document,
    private readonly settings: () => ContentSettings | undefined,
    private readonly signal: AbortSignal,
  ) {
    this.#learner = directSendLearner(doc, signal);
  }

  /** The dialog controller saw an invite dialog: what a watched click did (see the learner). */
  noteDialog(): void {
    this.#learner.noteDialog();
  }

  start(): void {
    // Window capture runs before LinkedIn's own handlers, wherever they are attached.
    window.addEventListener(
      'click',
      (event) => safely('direct-connect', () => this.#onClick(event), undefined),
      {
        capture: true,
        signal: this.signal,
      },
    );
    this.signal.addEventListener('abort', () => this.#closePrompt(), { once: true });
  }

  #onClick(event: MouseEvent): void {
    if (!(event.target instanceof Element)) return;
    if (this.settings()?.interceptPymk === false || this.#stoppedOn === location.href) return;
    const known = knownDirectControl(event.target);
    const ambiguous = known ? null : ambiguousResultConnect(event.target);
    if (!known && !ambiguous) return;
    faultPoint('direct-connect');
    const learned = ambiguous && this.#learner.sendsDirectly() ? ambiguous : null;
    const control = known ?? learned;
    if (!control) {
      if (ambiguous) this.#learner.watch(ambiguous);
      return;
    }
    if (this.#bypass === control) {
      this.#bypass = undefined;
      if (learned) this.#learner.notePassedThrough();
      return;
    }
    const prompt = this.#showPrompt(control);
    if (!prompt) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  #showPrompt(control: Element): PanelHost | undefined {
    this.#closePrompt();
    const { slug, name } = recipientFromControl(control, location);
    const close = new AbortController();
    const host = createPanelHost(this.doc, close.signal);
    const rect = control.getBoundingClientRect();
    host.host.style.cssText = `position:absolute;z-index:2147483000;width:320px;left:${Math.max(8, rect.left + scrollX)}px;top:${rect.bottom + scrollY + 6}px`;
    const container = this.doc.createElement('div');
    host.root.append(container);
    this.doc.body.append(host.host);
    this.#prompt = { host, close };
    close.signal.addEventListener('abort', () => render(null, container), { once: true });
    render(
      h(ConnectPrompt, {
        name: name ?? text.thisPerson,
        ...(slug ? { onOpenProfile: () => location.assign(`/in/${encodeURIComponent(slug)}/`) } : {}),
        onSendWithoutNote: () => this.#sendOnce(control),
        onStopAsking: () => {
          this.#stoppedOn = location.href;
          this.#closePrompt();
        },
        onClose: () => this.#closePrompt(),
      }),
      container,
    );
    return host;
  }

  /** The user chose to send without a note: exactly this click goes through to LinkedIn. */
  #sendOnce(control: Element): void {
    this.#closePrompt();
    this.#bypass = control;
    (control as HTMLElement).click();
    this.#bypass = undefined;
  }

  #closePrompt(): void {
    this.#prompt?.close.abort();
    this.#prompt = undefined;
  }
}
