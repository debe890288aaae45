/**
 * A per-conversation lock in Redis for several replicas behind one webhook:
 * `SET key token NX PX ttl` to take it, compare-and-delete (Lua) to release only our own.
 */
import type { RedisClientType } from '@redis/client';
import { StoreError, bounded } from './store-errors.js';

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Lock timings. */
export interface RedisLockOptions {
  /** Lock lifetime; a crashed holder's lock expires after this. */
  ttlMs: number;
  /** How long to wait for a busy lock before giving up with LOCK_TIMEOUT. */
  waitMs: number;
  /** Bound of each Redis call. */
  callTimeoutMs: number;
}

/** Takes the lock `key`, runs `work`, releases it (only if still ours). */
export async function withRedisLock<T>(
  client: () => Promise<RedisClientType>,
  key: string,
  token: string,
  options: RedisLockOptions,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  for (let attempt = 0; ; attempt += 1) {
    const taken = await bounded('lock', options.callTimeoutMs, async () =>
      (await client()).set(key, token, { NX: true, PX: options.ttlMs }));
    if (taken === 'OK') break;
    if (Date.now() >= deadline) throw new StoreError('LOCK_TIMEOUT', `conversation lock ${key} stayed busy`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** attempt, 100)));
  }
  try {
    return await work();
  } finally {
    // The turn is done and saved; a failed release only delays the next turn until the TTL.
    await bounded('unlock', options.callTimeoutMs, async () =>
      (await client()).eval(RELEASE, { keys: [key], arguments: [token] })).catch(() => undefined);
  }
}
