/**
 * Conversation state storage over keyv: in memory by default, Redis for a `redis://` URL.
 *
 * Redis errors are surfaced, never swallowed (@keyv/redis `throwOnErrors`), and every call is
 * time-bounded, so an outage becomes a typed {@link StoreError} the runtime answers politely
 * instead of silently resetting the user's conversation. Loaded state is validated; a corrupt or
 * unknown-version value is reported as `reset` (fresh start with an apology).
 */
import { randomUUID } from 'node:crypto';
import { ConversationState } from '../engine/conversation-state.js';
import { createKeyvBackend } from './keyv-backend.js';
import { KeyedMutex } from './keyed-mutex.js';
import { withRedisLock } from './redis-lock.js';
import { bounded } from './store-errors.js';

export { StoreError, isStoreError, type StoreErrorCode } from './store-errors.js';

/** Idle expiry of a conversation. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A loaded conversation: its state, or why there is none to continue. */
export interface Loaded {
  state?: ConversationState;
  /** Set when something was stored but could not be used (the user gets a short apology). */
  reset?: 'corrupt' | 'unknown-version';
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
  namespace?: string;
  /** Told about connection errors (the client reconnects by itself). */
  onError?: (error: unknown) => void;
}

/** Builds the store for `options.url` (memory without one). */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const ttl = options.ttlMs ?? SESSION_TTL_MS;
  const timeoutMs = options.timeoutMs ?? 2000;
  const namespace = options.namespace ?? 'dsh:conv';
  const mutex = new KeyedMutex();
  const onError = options.onError ?? (() => undefined);
  const backend = createKeyvBackend({ ...(options.url ? { url: options.url } : {}), namespace, ttl, timeoutMs, onError });
  const { keyv, client } = backend;

  return {
    kind: client ? 'redis' : 'memory',
    async load(key) {
      const raw = await bounded('load', timeoutMs, () => keyv.get<unknown>(key));
      if (raw === undefined || raw === null) return {};
      const parsed = ConversationState.safeParse(raw);
      if (parsed.success) return { state: parsed.data };
      const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
      return { reset: version !== undefined && version !== 1 ? 'unknown-version' : 'corrupt' };
    },
    async save(key, state) {
      await bounded('save', timeoutMs, () => keyv.set(key, state, ttl));
    },
    async delete(key) {
      await bounded('delete', timeoutMs, () => keyv.delete(key));
    },
    withLock(key, work) {
      return mutex.run(key, () => {
        if (!client || !options.distributedLock) return work();
        const lock = { ttlMs: 30_000, waitMs: 10_000, callTimeoutMs: timeoutMs };
        return withRedisLock(backend.connected, `${namespace}:lock:${key}`, randomUUID(), lock, work);
      });
    },
    async ping() {
      if (!client) return;
      await bounded('ping', timeoutMs, async () => {
        await (await backend.connected()).ping();
      });
    },
    close: backend.close,
  };
}
