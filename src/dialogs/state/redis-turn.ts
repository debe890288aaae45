/**
 * The locked way through a conversation turn on Redis (optimistic-turn.ts takes it for turns
 * whose effects must run under the lock), in two round trips:
 *
 * 1. `SET lock token NX PX ttl` and `GET state`, written together (node-redis sends the commands
 *    of one tick in one write). The GET only counts when the lock was taken.
 * 2. A fenced commit (Lua): the state is written only while the lock is still ours — a turn
 *    that outlived its lock never overwrites the turn that took over — and, when nothing has to
 *    run under the lock afterwards, the lock is deleted in the same call.
 *
 * When work must follow the commit under the lock (the runtime's ticket effects), the commit
 * keeps the lock and a compare-and-delete release follows that work: a third round trip, on the
 * few turns that need it. Every call is bounded; on a failure the lock is released without
 * waiting (Redis runs one connection's commands in order, so this process's next turn still
 * finds it free), and a lock granted to a call that had already timed out is handed back when
 * its reply arrives.
 */
import type { RedisClientType } from '@redis/client';
import { luaScript } from './lua-script.js';
import { StoreError, bounded } from './store-errors.js';

/** KEYS: lock. ARGV: token. Deletes the lock only if it is still ours. */
const RELEASE = luaScript("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end");
/** KEYS: lock, state. ARGV: token, value, ttl ms, '1' to release the lock too. */
const COMMIT = luaScript([
  "if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end",
  "redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])",
  "if ARGV[4] == '1' then redis.call('del', KEYS[1]) end",
  'return 1',
].join('\n'));

/** Lock timings of a turn. */
export interface RedisTurnOptions {
  /** Lock lifetime; a crashed holder's lock expires after this. */
  lockTtlMs: number;
  /** How long to wait for a busy lock before giving up with LOCK_TIMEOUT. */
  waitMs: number;
  /** Bound of each Redis call. */
  callTimeoutMs: number;
  /** Expiry of the stored state. */
  stateTtlMs: number;
}

/** The Redis keys of one conversation. */
export interface RedisTurnKeys {
  lock: string;
  state: string;
}

/** What the turn's work hands back: the value to store, and work that must still hold the lock. */
export interface RedisTurnCommit<T> {
  /** The serialised state to store. */
  value: string;
  /** Runs after the commit, before the release (e.g. the runtime's effects). */
  after?: () => Promise<void>;
  result: T;
}

/** Releases sent after a failure without awaiting them, so `close` can wait for their replies. */
export class PendingReleases {
  private readonly pending = new Set<Promise<unknown>>();

  add(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  /** Resolves once every release sent so far has its reply (or failed). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/**
 * Takes the conversation's lock and reads its state in one round trip, runs `work` on the raw
 * state, commits its value under the lock (fenced), then releases the lock.
 */
export async function runRedisTurn<T>(
  redis: RedisClientType,
  connect: () => Promise<unknown>,
  keys: RedisTurnKeys,
  token: string,
  options: RedisTurnOptions,
  pending: PendingReleases,
  work: (raw: string | null) => Promise<RedisTurnCommit<T>>,
): Promise<T> {
  if (!redis.isReady) await bounded('connect', options.callTimeoutMs, connect);
  const raw = await lockAndRead(redis, keys, token, options, pending);
  const release = () => pending.add(RELEASE.run(redis, [keys.lock], [token]));
  let commit: RedisTurnCommit<T>;
  try {
    commit = await work(raw);
  } catch (error) {
    release();
    throw error;
  }
  const releaseNow = commit.after === undefined;
  let written: unknown;
  try {
    written = await bounded('save', options.callTimeoutMs, () => COMMIT.run(
      redis, [keys.lock, keys.state], [token, commit.value, String(options.stateTtlMs), releaseNow ? '1' : '0'],
    ));
  } catch (error) {
    release();
    throw error;
  }
  if (written !== 1) {
    // Our lock expired and another turn may have taken over: its state wins; the user is asked to
    // send this message again.
    throw new StoreError('LOCK_LOST', `conversation lock ${keys.lock} expired before the state was saved`);
  }
  if (commit.after) {
    try {
      await commit.after();
    } finally {
      // Awaited: the chat's next turn may already be on its way to another replica. A failed
      // release only delays that turn until the lock's TTL.
      await bounded('unlock', options.callTimeoutMs, () => RELEASE.run(redis, [keys.lock], [token])).catch(() => undefined);
    }
  }
  return commit.result;
}

/** `SET NX PX` + `GET` in one write; retried with a short backoff while the lock is busy. */
async function lockAndRead(
  redis: RedisClientType, keys: RedisTurnKeys, token: string, options: RedisTurnOptions, pending: PendingReleases,
): Promise<string | null> {
  const deadline = Date.now() + options.waitMs;
  for (let attempt = 0; ; attempt += 1) {
    const taking = redis.set(keys.lock, token, { NX: true, PX: options.lockTtlMs });
    const both = Promise.allSettled([taking, redis.get(keys.state)]);
    let taken: PromiseSettledResult<unknown>;
    let read: PromiseSettledResult<string | null>;
    try {
      [taken, read] = await bounded('lock', options.callTimeoutMs, () => both);
    } catch (error) {
      // A lock granted after we gave up would block the chat until its TTL: hand it back.
      taking.then((late) => {
        if (late === 'OK') pending.add(RELEASE.run(redis, [keys.lock], [token]));
      }, () => undefined);
      throw error;
    }
    if (taken.status === 'rejected') throw storeFailure('lock', taken.reason);
    if (taken.value === 'OK') {
      if (read.status === 'fulfilled') return read.value;
      pending.add(RELEASE.run(redis, [keys.lock], [token]));
      throw storeFailure('load', read.reason);
    }
    if (Date.now() >= deadline) throw new StoreError('LOCK_TIMEOUT', `conversation lock ${keys.lock} stayed busy`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** attempt, 100)));
  }
}

function storeFailure(what: string, error: unknown): StoreError {
  return new StoreError('STORE_UNAVAILABLE', `${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
