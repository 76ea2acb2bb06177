/**
 * Connect controls that send at once with no dialog and no note (My Network's "People you may know").
 * A click on one is held and a small prompt offers: open the person's profile to add a note, send
 * without one (exactly this one click, passed on to LinkedIn), or stop asking on this page. A setting
 * (`interceptPymk`) turns this off. Any failure lets the click through, as if the extension were absent.
 */
import { h, render } from 'preact';
import { faultPoint, safely } from './fail-open';
import { text } from './i18n';
import { recipientFromControl } from './linkedin/recipient';
import { css } from './linkedin/selectors';
import { ConnectPrompt } from './panel/ConnectPrompt';
import { createPanelHost, type PanelHost } from './panel/mount';
import type { ContentSettings } from './replies';

export class DirectConnectGuard {
  private prompt: { host: PanelHost; close: AbortController } | undefined;
  private bypass: Element | undefined;
  private stoppedOn: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly settings: () => ContentSettings | undefined,
    private readonly signal: AbortSignal,
  ) {}

  start(): void {
    // Window capture runs before LinkedIn's own handlers, wherever they are attached.
    window.addEventListener(
      'click',
      (event) => safely('direct-connect', () => this.onClick(event), undefined),
      {
        capture: true,
        signal: this.signal,
      },
    );
    this.signal.addEventListener('abort', () => this.closePrompt(), { once: true });
  }

  private onClick(event: MouseEvent): void {
    const control = event.target instanceof Element ? event.target.closest(css('directConnect')) : null;
    if (!control) return;
    if (this.bypass === control) {
      this.bypass = undefined;
      return;
    }
    if (this.settings()?.interceptPymk === false || this.stoppedOn === location.href) return;
    faultPoint('direct-connect');
    const prompt = this.showPrompt(control);
    if (!prompt) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private showPrompt(control: Element): PanelHost | undefined {
    this.closePrompt();
    const { slug, name } = recipientFromControl(control, location);
    const close = new AbortController();
    const host = createPanelHost(this.doc, close.signal);
    const rect = control.getBoundingClientRect();
    host.host.style.cssText = `position:absolute;z-index:2147483000;width:320px;left:${Math.max(8, rect.left + scrollX)}px;top:${rect.bottom + scrollY + 6}px`;
    const container = this.doc.createElement('div');
    host.root.append(container);
    this.doc.body.append(host.host);
    this.prompt = { host, close };
    close.signal.addEventListener('abort', () => render(null, container), { once: true });
    render(
      h(ConnectPrompt, {
        name: name ?? text.thisPerson,
        ...(slug ? { onOpenProfile: () => location.assign(`/in/${encodeURIComponent(slug)}/`) } : {}),
        onSendWithoutNote: () => this.sendOnce(control),
        onStopAsking: () => {
          this.stoppedOn = location.href;
          this.closePrompt();
        },
        onClose: () => this.closePrompt(),
      }),
      container,
    );
    return host;
  }

  /** The user chose to send without a note: exactly this click goes through to LinkedIn. */
  private sendOnce(control: Element): void {
    this.closePrompt();
    this.bypass = control;
    (control as HTMLElement).click();
    this.bypass = undefined;
  }

  private closePrompt(): void {
    this.prompt?.close.abort();
    this.prompt = undefined;
  }
}
