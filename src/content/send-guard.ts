/**
 * The send guard's wiring: a window-level capture click listener sees LinkedIn's Send click before
 * LinkedIn does (even inside its shadow root). A click the session wants held is stopped; every other
 * Send click goes through and is recorded. "Send anyway" passes exactly one click through. Any failure
 * in finding Send or deciding lets the click through, as if the extension were absent.
 */
import { safely } from './fail-open';

export interface GuardHost {
  /** LinkedIn's Send control in this dialog step, or null when nothing here sends. */
  sendButton(): HTMLElement | null;
  /** Why this send should wait (a sentence for the panel), or undefined to let it through. */
  holdReason(): string | undefined;
  held(message: string): void;
  sent(): void;
}

export class SendGuard {
  private bypassOnce = false;

  constructor(
    private readonly host: GuardHost,
    signal: AbortSignal,
  ) {
    window.addEventListener('click', (event) => this.onClick(event), { capture: true, signal });
  }

  /** The user chose to send as it is: exactly this one click reaches LinkedIn. */
  sendAnyway(): void {
    const send = this.host.sendButton();
    if (!send) return;
    this.bypassOnce = true;
    send.click();
    this.bypassOnce = false;
  }

  private onClick(event: MouseEvent): void {
    const send = safely('guard-find', () => this.host.sendButton(), null);
    if (!send || !event.composedPath().includes(send)) return;
    const message = this.bypassOnce ? undefined : safely('guard', () => this.host.holdReason(), undefined);
    this.bypassOnce = false;
    if (!message) {
      this.host.sent();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.host.held(message);
  }
}
