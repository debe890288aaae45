/**
 * The keyv backend both stores (conversations, ticket drafts) sit on: memory without a URL,
 * Redis for a `redis://` URL with errors surfaced (@keyv/redis `throwOnErrors`, never the
 * silent "nothing" of its default) and a client that keeps reconnecting in the background while
 * each call stays bounded by the caller's timeout (see `bounded` in store-errors.ts).
 *
 * Commands are never queued while Redis is away (`disableOfflineQueue`): a call made during an
 * outage fails at once instead of waiting, and nothing the user was told had failed is carried
 * out later behind their back when Redis returns.
 */
import Keyv from 'keyv';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';

/** Options of {@link createKeyvBackend}. */
export interface KeyvBackendOptions {
  url?: string;
  namespace: string;
  /** Default expiry of values, if any. */
  ttl?: number;
  /** Connect timeout of the Redis socket. */
  timeoutMs: number;
  /** Told about connection errors (every one; see `onDown` for one line per outage). */
  onError: (error: unknown) => void;
  /** Told once when Redis becomes unreachable (at start or later); not again until it is back. */
  onDown?: (error: unknown) => void;
  /** Told once when Redis is reachable again after `onDown`. */
  onUp?: () => void;
}

/**
 * How keyv lays a value out in Redis, for callers that talk to the client directly (fewer round
 * trips) yet must stay readable and writable through keyv: same key, same serialised envelope.
 */
export interface KeyvRedisLayout {
  /** The Redis key keyv keeps `key` under. */
  key(key: string): string;
  /** keyv's stored form of `value` expiring in `ttlMs`. */
  encode(value: unknown, ttlMs: number | undefined): string;
  /** The value inside keyv's stored form; undefined when absent or expired. */
  decode(raw: string | null | undefined): unknown;
}

/** A keyv instance, plus the Redis client behind it when there is one (locks, SET NX). */
export interface KeyvBackend {
  keyv: Keyv;
  client?: RedisClientType;
  /** Present with a client: how keyv stores values in Redis. */
  layout?: KeyvRedisLayout;
  /** A connected client (connects on first use); throws when there is no Redis. */
  connected(): Promise<RedisClientType>;
  /** Starts connecting in the background (Redis only); failures go to `onError` / `onDown`. */
  warmUp(): void;
  /** Releases the connection (waiting for replies still due); a client still reconnecting is destroyed. */
  close(): Promise<void>;
}

/** Builds the backend for `options.url` (memory without one). */
export function createKeyvBackend(options: KeyvBackendOptions): KeyvBackend {
  const { namespace, ttl, timeoutMs, onError } = options;
  let keyv: Keyv;
  let client: RedisClientType | undefined;
  let layout: KeyvRedisLayout | undefined;
  const health = { down: false };
  if (options.url) {
    client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
    }) as RedisClientType;
    watchConnection(client, options, health);
    // No `connectionTimeout` on the adapter: its timer is never cleared and holds the process open.
    const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
    keyv = new Keyv({ store: adapter, namespace, ttl, throwOnErrors: true, useKeyPrefix: false });
    layout = redisLayout(keyv, adapter);
  } else {
    keyv = new Keyv({ namespace, ttl, throwOnErrors: true });
  }
  keyv.on('error', onError);
  let connecting: Promise<unknown> | undefined;
  let closed = false;
  const connected = async (): Promise<RedisClientType> => {
    if (!client) throw new Error('no redis client');
    if (client.isReady) return client;
    // Once closed, never again: keyv's adapter would otherwise reconnect on a late call.
    if (closed) throw new Error('the store is closed');
    // One connect at a time: a second caller waits for the first instead of failing.
    if (!client.isOpen) connecting ??= client.connect().finally(() => { connecting = undefined; });
    // Known to be down (the client retries by itself): fail now rather than at the time bound.
    if (health.down) throw new Error('redis is unreachable (reconnecting)');
    if (connecting) await connecting;
    if (closed || !client.isReady) throw new Error(closed ? 'the store is closed' : 'redis is not ready');
    return client;
  };
  return {
    keyv,
    ...(client ? { client } : {}),
    ...(layout ? { layout } : {}),
    connected,
    warmUp() {
      if (client) connected().catch(() => undefined);
    },
    async close() {
      closed = true;
      if (!client) return keyv.disconnect();
      try {
        if (client.isReady) await client.close();
        else if (client.isOpen) client.destroy();
      } catch {
        // Already closed: nothing left to release.
      }
    },
  };
}

/** Reports every error, plus one `onDown` per outage and one `onUp` when it ends. */
function watchConnection(client: RedisClientType, options: KeyvBackendOptions, health: { down: boolean }): void {
  client.on('error', (error: unknown) => {
    options.onError(error);
    if (!health.down && !client.isReady) {
      health.down = true;
      options.onDown?.(error);
    }
  });
  client.on('end', () => { health.down = false; });
  client.on('ready', () => {
    if (health.down) options.onUp?.();
    health.down = false;
  });
}

/**
 * keyv's serialiser marks strings that start with ':' (its escape and `:base64:` Buffers); for
 * everything else its output is plain JSON. A JSON text can only hold such a string where a
 * quote that follows `:`, `[` or `,` is followed by ':' — when that pattern is absent (nearly
 * always) plain JSON is used both ways, otherwise keyv's own, slower functions.
 */
const MAY_HOLD_MARKED_STRING = /[:[,]":/;

function redisLayout(keyv: Keyv, adapter: KeyvRedis<unknown>): KeyvRedisLayout {
  const sync = <T>(value: T | Promise<T>, what: string): T => {
    if (value instanceof Promise) throw new Error(`keyv ${what} must be synchronous here`);
    return value;
  };
  const serialize = (data: unknown): string => {
    const plain = JSON.stringify(data);
    return MAY_HOLD_MARKED_STRING.test(plain) ? sync(keyv.serialize!(data as never), 'serialize') : plain;
  };
  const deserialize = (raw: string): unknown =>
    (MAY_HOLD_MARKED_STRING.test(raw) ? sync(keyv.deserialize!(raw), 'deserialize') : JSON.parse(raw));
  return {
    key: (key) => adapter.createKeyPrefix(key, adapter.namespace),
    encode: (value, ttlMs) => serialize({ value, expires: ttlMs === undefined ? undefined : Date.now() + ttlMs }),
    decode: (raw) => {
      if (raw === null || raw === undefined) return undefined;
      const data = deserialize(raw) as { value?: unknown; expires?: number } | undefined;
      if (!data || (typeof data.expires === 'number' && Date.now() > data.expires)) return undefined;
      return data.value;
    },
  };
}
