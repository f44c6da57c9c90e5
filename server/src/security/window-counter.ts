/** Counts per key in fixed one-minute windows (all keys start a new window together). */
export class WindowCounter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  private roll(now: number): void {
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.counts = new Map();
    }
  }

  private wait(now: number): number {
    return Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000));
  }

  /** Counts one for the key; seconds until it may retry when that passes the limit, else 0. */
  admit(key: string): number {
    const now = this.now();
    this.roll(now);
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.perMinute ? this.wait(now) : 0;
  }

  add(key: string): void {
    this.admit(key);
  }

  /** Seconds until the key may go on when it has used up its window, else 0 (counts nothing). */
  retryAfter(key: string): number {
    const now = this.now();
    this.roll(now);
    return (this.counts.get(key) ?? 0) >= this.perMinute ? this.wait(now) : 0;
  }
}
