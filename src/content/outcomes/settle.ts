/**
 * Runs a reading once LinkedIn has settled: after a quiet spell with no further changes, then when the
 * main thread is idle, so reading never competes with LinkedIn's own rendering. A page that never stops
 * changing still gets read, at most every `maxWaitMs`.
 */
import { safely } from '../fail-open';

interface IdleScope {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

const idle = globalThis as IdleScope;

export class Settled {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleHandle: number | undefined;
  private waitingSince = 0;

  constructor(
    private readonly where: string,
    private readonly run: () => void,
    private readonly quietMs = 400,
    private readonly maxWaitMs = 2_000,
    private readonly idleTimeoutMs = 1_000,
  ) {}

  /** Something changed: (re)starts the quiet spell, unless a reading has already waited too long. */
  schedule(): void {
    const now = Date.now();
    if (this.timer === undefined) this.waitingSince = now;
    else if (now - this.waitingSince >= this.maxWaitMs) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.whenIdle();
    }, this.quietMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.idleHandle !== undefined) idle.cancelIdleCallback?.(this.idleHandle);
    this.idleHandle = undefined;
  }

  private whenIdle(): void {
    const run = () => {
      this.idleHandle = undefined;
      safely(this.where, this.run, undefined);
    };
    if (this.idleHandle !== undefined) return; // a reading is already queued; it reads the latest DOM
    if (idle.requestIdleCallback)
      this.idleHandle = idle.requestIdleCallback(run, { timeout: this.idleTimeoutMs });
    else run();
  }
}
