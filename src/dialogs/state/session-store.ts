/**
 * Conversation state storage over keyv: in memory by default, Redis for a `redis://` URL.
 *
 * Redis errors are surfaced, never swallowed (@keyv/redis `throwOnErrors`), and every call is
 * time-bounded, so an outage becomes a typed {@link StoreError} the runtime answers politely
 * instead of silently resetting the user's conversation. Loaded state is validated; a corrupt or
 * unknown-version value is reported as `reset` (fresh start with an apology).
 *
 * A whole turn (`turn`) is lock → load → work → save → release. With Redis and the distributed
 * lock it costs one round trip when this process wrote the conversation last, two otherwise
 * (optimistic-turn.ts, redis-turn.ts); values keep keyv's layout, so `load` and `save` read and
 * write the same records.
 */
import { randomUUID } from 'node:crypto';
import { ConversationState } from '../engine/conversation-state.js';
import { createKeyvBackend } from './keyv-backend.js';
import { KeyedMutex } from './keyed-mutex.js';
import { withRedisLock } from './redis-lock.js';
import { PendingReleases } from './redis-turn.js';
import { KnownStates, runOptimisticTurn } from './optimistic-turn.js';
import { bounded } from './store-errors.js';

export { StoreError, isStoreError, type StoreErrorCode } from './store-errors.js';

/** Idle expiry of a conversation. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A crashed replica's lock frees its chat after this. */
const LOCK_TTL_MS = 30_000;
/** How long a turn waits for a chat another replica is busy with. */
const LOCK_WAIT_MS = 10_000;

/** A loaded conversation: its state, or why there is none to continue. */
export interface Loaded {
  state?: ConversationState;
  /** Set when something was stored but could not be used (the user gets a short apology). */
  reset?: 'corrupt' | 'unknown-version';
}

/** What a turn's work gives back to {@link SessionStore.turn}. */
export interface TurnCommit<T> {
  /** The state to save. */
  state: ConversationState;
  /** Runs after the save while the conversation is still locked (the runtime's effects). */
  after?: () => Promise<void>;
  result: T;
}

/** Where conversations live between turns. */
export interface SessionStore {
  readonly kind: 'memory' | 'redis';
  load(key: string): Promise<Loaded>;
  save(key: string, state: ConversationState): Promise<void>;
  delete(key: string): Promise<void>;
  /** Runs `work` with the conversation locked (in process, plus Redis when `distributedLock`). */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** A real round trip to the store (Redis PING, bounded); memory answers at once. For `/readyz`. */
  ping(): Promise<void>;
  /** One turn: lock, load, `work`, save its state, run its `after`, release (fewest round trips). */
  turn<T>(key: string, work: (loaded: Loaded) => Promise<TurnCommit<T>>): Promise<T>;
  /** Starts connecting to Redis in the background (nothing to do in memory). */
  warmUp(): void;
  close(): Promise<void>;
}

/** Store settings; everything has a sensible default. */
export interface SessionStoreOptions {
  /** `redis://` or `rediss://` URL; memory when absent. */
  url?: string;
  ttlMs?: number;
  /** Bound of each store call. */
  timeoutMs?: number;
  /** Also lock conversations in Redis (several replicas). */
  distributedLock?: boolean;
  /** How many conversations this process remembers as it wrote them (default 5,000). */
  knownStates?: number;
  /** Lifetime of a Redis lock (default 30 s) and how long a turn waits for a busy one (10 s). */
  lockTtlMs?: number;
  lockWaitMs?: number;
  namespace?: string;
  /** Told about connection errors (the client reconnects by itself). */
  onError?: (error: unknown) => void;
  /** Told once per outage that Redis is unreachable, and once when it is back. */
  onDown?: (error: unknown) => void;
  onUp?: () => void;
}

/** Validates a stored value: the state, or why it cannot be used. */
export function parseLoaded(raw: unknown): Loaded {
  if (raw === undefined || raw === null) return {};
  const parsed = ConversationState.safeParse(raw);
  if (parsed.success) return { state: parsed.data };
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  return { reset: version !== undefined && version !== 1 ? 'unknown-version' : 'corrupt' };
}

/** Builds the store for `options.url` (memory without one). */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const ttl = options.ttlMs ?? SESSION_TTL_MS;
  const timeoutMs = options.timeoutMs ?? 2000;
  const namespace = options.namespace ?? 'dsh:conv';
  const lockTtlMs = options.lockTtlMs ?? LOCK_TTL_MS;
  const lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
  const mutex = new KeyedMutex();
  const releases = new PendingReleases();
  // The states this process wrote last: a turn on one of them saves in one round trip.
  const known = new KnownStates<Loaded>(options.knownStates ?? 5000);
  const onError = options.onError ?? (() => undefined);
  const backend = createKeyvBackend({
    ...(options.url ? { url: options.url } : {}), namespace, ttl, timeoutMs, onError,
    ...(options.onDown ? { onDown: options.onDown } : {}), ...(options.onUp ? { onUp: options.onUp } : {}),
  });
  const { keyv, client, layout } = backend;
  const lockKey = (key: string) => `${namespace}:lock:${key}`;
  /** A keyv call once connected (Redis), so callers racing at start all wait for the one connect. */
  const call = <T>(what: string, work: () => Promise<T>) =>
    bounded(what, timeoutMs, client ? async () => { await backend.connected(); return work(); } : work);

  const store: SessionStore = {
    kind: client ? 'redis' : 'memory',
    async load(key) {
      return parseLoaded(await call('load', () => keyv.get<unknown>(key)));
    },
    async save(key, state) {
      known.delete(key);
      await call('save', () => keyv.set(key, state, ttl));
    },
    async delete(key) {
      known.delete(key);
      await call('delete', () => keyv.delete(key));
    },
    withLock(key, work) {
      return mutex.run(key, () => {
        if (!client || !options.distributedLock) return work();
        const lock = { ttlMs: lockTtlMs, waitMs: lockWaitMs, callTimeoutMs: timeoutMs };
        return withRedisLock(backend.connected, lockKey(key), randomUUID(), lock, work);
      });
    },
    async ping() {
      if (!client) return;
      await bounded('ping', timeoutMs, async () => {
        await (await backend.connected()).ping();
      });
    },
    turn(key, work) {
      if (!client || !layout || !options.distributedLock) {
        return mutex.run(key, async () => {
          const commit = await work(await store.load(key));
          await store.save(key, commit.state);
          await commit.after?.();
          return commit.result;
        });
      }
      const keys = { lock: lockKey(key), state: layout.key(key) };
      const timings = { lockTtlMs, waitMs: lockWaitMs, callTimeoutMs: timeoutMs, stateTtlMs: ttl };
      return mutex.run(key, () => runOptimisticTurn({
        redis: client, connect: backend.connected, key, keys, options: timings, known, pending: releases, token: randomUUID,
        decode: (raw) => decodeLoaded(layout.decode, raw),
        work: async (loaded) => {
          const commit = await work(loaded);
          return {
            value: layout.encode(commit.state, ttl), loaded: { state: commit.state }, result: commit.result,
            ...(commit.after ? { after: commit.after } : {}),
          };
        },
      }));
    },
    warmUp: backend.warmUp,
    async close() {
      await releases.idle();
      await backend.close();
    },
  };
  return store;
}

/** A stored value that does not even parse is corrupt (fresh start), not an outage. */
function decodeLoaded(decode: (raw: string | null) => unknown, raw: string | null): Loaded {
  try {
    return parseLoaded(decode(raw));
  } catch {
    return { reset: 'corrupt' };
  }
}
