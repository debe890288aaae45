/**
 * A per-user token bucket: bursts up to `capacity` messages, refilled at `capacity / windowMs`.
 * When a user runs dry they get one polite notice, then silence until the bucket is half full
 * (so a flood costs us one reply, not one reply per message).
 */

/** What to do with one message from a user. */
export type FloodVerdict = 'allow' | 'warn' | 'drop';

interface Bucket {
  tokens: number;
  updatedAt: number;
  warned: boolean;
}

/** Options of {@link FloodLimiter}; the defaults allow 30 messages per 10 seconds. */
export interface FloodLimitOptions {
  capacity?: number;
  windowMs?: number;
  /** Bound on remembered users; the least recently active are forgotten first. */
  maxUsers?: number;
  now?: () => number;
}

/** Token buckets keyed by user id. */
export class FloodLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor(options: FloodLimitOptions = {}) {
    this.capacity = options.capacity ?? 30;
    this.refillPerMs = this.capacity / (options.windowMs ?? 10_000);
    this.maxUsers = options.maxUsers ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /** Takes one token for `userId` and says whether to handle, warn once, or silently drop. */
  take(userId: string): FloodVerdict {
    const now = this.now();
    const bucket = this.buckets.get(userId) ?? { tokens: this.capacity, updatedAt: now, warned: false };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    this.touch(userId, bucket);
    // After a warning, stay silent until the user has calmed down (half the bucket back).
    if (bucket.warned && bucket.tokens < this.capacity / 2) return 'drop';
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return 'allow';
    }
    bucket.warned = true;
    return 'warn';
  }

  private touch(userId: string, bucket: Bucket): void {
    this.buckets.delete(userId);
    this.buckets.set(userId, bucket);
    if (this.buckets.size > this.maxUsers) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}
