/**
 * Runs a reading once LinkedIn has settled: after a quiet spell with no further changes, then when the
 * main thread is idle, so reading never competes with LinkedIn's own rendering. A page that never stops
 * changing still gets read, about every `MAX_WAIT_MS`. (Members are #private: the minifier shortens
 * their names, and this code ships on every LinkedIn page.)
 */
import { safely } from '../fail-open';

const QUIET_MS = 400;
const MAX_WAIT_MS = 2_000;
const IDLE_TIMEOUT_MS = 1_000;

interface IdleScope {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

const idle = globalThis as IdleScope;

export class Settled {
  readonly #where: string;
  readonly #run: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #idleHandle: number | undefined;
  #waitingSince = 0;

  constructor(where: string, run: () => void) {
    this.#where = where;
    this.#run = run;
  }

  /** Something changed: (re)starts the quiet spell, unless a reading has already waited too long. */
  schedule(): void {
    const now = Date.now();
    if (this.#timer === undefined) this.#waitingSince = now;
    else if (now - this.#waitingSince >= MAX_WAIT_MS) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#whenIdle();
    }, QUIET_MS);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#idleHandle !== undefined) idle.cancelIdleCallback?.(this.#idleHandle);
    this.#idleHandle = undefined;
  }

  #whenIdle(): void {
    if (this.#idleHandle !== undefined) return; // a reading is already queued; it reads the latest DOM
    const run = () => {
      this.#idleHandle = undefined;
      safely(this.#where, this.#run, undefined);
    };
    if (idle.requestIdleCallback)
      this.#idleHandle = idle.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else run();
  }
}
