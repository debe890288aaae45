/**
 * The per-user flood limit: a token bucket per Telegram user (bursts up to `capacity`, refilled
 * at `capacity / windowMs`; see src/adapters/shared/token-bucket.ts). When a user runs dry they
 * get one polite notice, then silence until the bucket is half full. With Redis the bucket is
 * shared by every replica, so a flood split across replicas is still one flood.
 */
import { MemorySharedState, type BucketVerdict, type SharedState } from '../shared/index.js';

/** What to do with one message from a user. */
export type FloodVerdict = BucketVerdict;

/** Options of {@link FloodLimiter}; the defaults allow 30 messages per 10 seconds. */
export interface FloodLimitOptions {
  capacity?: number;
  windowMs?: number;
  /** Where the buckets live (Redis for replicas); this process's memory by default. */
  shared?: SharedState;
  /** In-memory buckets only: bound on remembered users (least recently active forgotten first). */
  maxUsers?: number;
  /** In-memory buckets only: the clock. */
  now?: () => number;
}

/** Token buckets keyed by user id. */
export class FloodLimiter {
  private readonly rule: { capacity: number; windowMs: number };
  private readonly shared: SharedState;

  constructor(options: FloodLimitOptions = {}) {
    this.rule = { capacity: options.capacity ?? 30, windowMs: options.windowMs ?? 10_000 };
    this.shared = options.shared ?? new MemorySharedState({
      ...(options.maxUsers ? { maxEntries: options.maxUsers } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /** Takes one token for `userId` and says whether to handle, warn once, or silently drop. */
  take(userId: string): Promise<FloodVerdict> {
    // A store that fails lets the message through: a lost answer is worse than a missed flood.
    return this.shared.takeToken(`tg:flood:${userId}`, this.rule).catch(() => 'allow' as const);
  }
}
