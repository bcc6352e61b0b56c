import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The countdown for one answer: ticks once a second while running, tells the host each tick and
 * when the time is up. The interval lives only while the host is in the page; a host moved or
 * put back resumes where the clock stood.
 */
export class DrillClock implements ReactiveController {
  /** Whole seconds left. */
  remaining = 0;
  /** The seconds the answer was given. */
  limit = 0;
  running = false;
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onTick: (remaining: number) => void,
    private readonly onExpire: () => void,
  ) {
    host.addController(this);
  }

  /** Starts the countdown from `remaining` (default: the whole `limit`). */
  start(limit: number, remaining = limit): void {
    this.limit = limit;
    this.remaining = Math.min(limit, Math.max(0, remaining));
    this.running = true;
    this.schedule();
    this.host.requestUpdate();
  }

  stop(): void {
    this.running = false;
    this.clear();
    this.host.requestUpdate();
  }

  /** A new time for the answer, counted from when it started: the time already spent stays spent. */
  setLimit(limit: number): void {
    const spent = this.limit - this.remaining;
    this.limit = limit;
    this.remaining = Math.max(0, limit - spent);
    this.host.requestUpdate();
    if (this.running && this.remaining === 0) this.expire();
  }

  hostConnected(): void {
    if (this.running) this.schedule();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private schedule(): void {
    this.clear();
    this.interval = setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    this.remaining = Math.max(0, this.remaining - 1);
    this.host.requestUpdate();
    this.onTick(this.remaining);
    if (this.remaining === 0) this.expire();
  }

  private expire(): void {
    this.running = false;
    this.clear();
    this.onExpire();
  }

  private clear(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }
}
