/**
 * Per-client rate limiting on query cost, as Shopify does it: each client has a bucket of points
 * that refills at a steady rate; a request takes its cost out, or waits until enough has leaked
 * back. Hand-written because the limiters on npm count requests in windows, not a cost that
 * refills continuously, and clients need the bucket's state to pace themselves (`extensions.cost`).
 */
export interface BucketState {
  allowed: boolean;
  /** Points left after this request (or now, when refused). */
  available: number;
  /** When refused: seconds until the cost fits. */
  retryAfterSeconds: number;
}

export class LeakyBucket {
  private readonly levels = new Map<string, { points: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly restorePerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string, cost: number): BucketState {
    const now = this.now();
    const last = this.levels.get(key) ?? { points: this.capacity, at: now };
    const points = Math.min(this.capacity, last.points + ((now - last.at) / 1000) * this.restorePerSecond);
    if (cost > points) {
      this.levels.set(key, { points, at: now });
      return { allowed: false, available: Math.floor(points), retryAfterSeconds: Math.ceil((cost - points) / this.restorePerSecond) };
    }
    this.levels.set(key, { points: points - cost, at: now });
    this.forgetFullBuckets(now);
    return { allowed: true, available: Math.floor(points - cost), retryAfterSeconds: 0 };
  }

  /** Keeps memory bounded: a bucket that has refilled completely holds nothing worth remembering. */
  private forgetFullBuckets(now: number): void {
    if (this.levels.size < 10_000) return;
    for (const [key, level] of this.levels) {
      if (level.points + ((now - level.at) / 1000) * this.restorePerSecond >= this.capacity) this.levels.delete(key);
    }
  }
}
