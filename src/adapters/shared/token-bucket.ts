/**
 * The token bucket behind the flood limit: bursts up to `capacity`, refilled at
 * `capacity / windowMs`. When a user runs dry they get one `warn`, then `drop` (silence) until
 * the bucket is half full again, so a flood costs one reply, not one reply per message.
 * The Redis store runs the same rule in Lua (redis-shared-state.ts); keep the two in step.
 */

/** What to do with one message. */
export type BucketVerdict = 'allow' | 'warn' | 'drop';

/** A bucket's size and refill time. */
export interface BucketRule {
  capacity: number;
  windowMs: number;
}

/** One user's bucket. */
export interface Bucket {
  tokens: number;
  updatedAt: number;
  warned: boolean;
}

/** Refills `bucket` (a full one when absent) up to `now` and takes one token from it. */
export function takeToken(bucket: Bucket | undefined, now: number, rule: BucketRule): { bucket: Bucket; verdict: BucketVerdict } {
  const { capacity, windowMs } = rule;
  const previous = bucket ?? { tokens: capacity, updatedAt: now, warned: false };
  const tokens = Math.min(capacity, previous.tokens + Math.max(0, now - previous.updatedAt) * (capacity / windowMs));
  // After a warning, stay silent until the user has calmed down (half the bucket back).
  if (previous.warned && tokens < capacity / 2) return { bucket: { tokens, updatedAt: now, warned: true }, verdict: 'drop' };
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, updatedAt: now, warned: false }, verdict: 'allow' };
  return { bucket: { tokens, updatedAt: now, warned: true }, verdict: 'warn' };
}
