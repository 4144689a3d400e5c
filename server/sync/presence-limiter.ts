/**
 * Per-connection budget for presence (issue 7, hole 8): one member flooding
 * awareness updates made every other member's edits wait (relay p99 2.9 s).
 * A token bucket admits a connection's own presence messages (echoes of other
 * clients' states are not charged: y-websocket clients send those back by
 * design, and the server drops them after reading a varint); over the budget
 * they are dropped, and a connection that keeps sending far past it is flooding
 * and gets closed. The budget belongs to the user in the room, not to one
 * connection, so reconnecting does not refill it.
 */
export interface PresenceLimits {
  /** Own presence messages admitted per second, on average. */
  perSecond: number;
  /** Messages admitted at once after a quiet spell (a connect sends a few). */
  burst: number;
  /** Largest accepted presence state (its JSON), in bytes; larger ones are dropped. */
  maxStateBytes: number;
  /** Closing when more than `floodFactor × perSecond` messages arrive within one second. */
  floodFactor: number;
}

export const defaultPresenceLimits: PresenceLimits = {
  perSecond: 20,
  burst: 40,
  maxStateBytes: 16 * 1024,
  floodFactor: 5,
};

export class PresenceLimiter {
  readonly limits: PresenceLimits;
  private tokens: number;
  private refilledAt: number;
  private windowStartedAt: number;
  private attemptsInWindow = 0;
  private droppedSinceRead = 0;

  constructor(limits: Partial<PresenceLimits> = {}, now: number = performance.now()) {
    this.limits = { ...defaultPresenceLimits, ...limits };
    this.tokens = this.limits.burst;
    this.refilledAt = now;
    this.windowStartedAt = now;
  }

  get maxStateBytes(): number {
    return this.limits.maxStateBytes;
  }

  /**
   * Charges one message; false means drop it.
   *
   * @example
   * if (!limiter.admit()) return; // over the budget: not applied, not relayed
   */
  admit(now: number = performance.now()): boolean {
    if (now - this.windowStartedAt >= 1000) {
      this.windowStartedAt = now;
      this.attemptsInWindow = 0;
    }
    this.attemptsInWindow += 1;
    this.tokens = Math.min(this.limits.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.limits.perSecond);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    this.droppedSinceRead += 1;
    return false;
  }

  /** More than `floodFactor × perSecond` messages arrived within the current second. */
  get flooding(): boolean {
    return this.attemptsInWindow > this.limits.floodFactor * this.limits.perSecond;
  }

  /** Records a state dropped for its size. */
  dropOversized(): void {
    this.droppedSinceRead += 1;
  }

  /** Messages dropped since the last call. */
  takeDropped(): number {
    const dropped = this.droppedSinceRead;
    this.droppedSinceRead = 0;
    return dropped;
  }
}
