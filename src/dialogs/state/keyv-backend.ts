/**
 * The keyv backend both stores (conversations, ticket drafts) sit on: memory without a URL,
 * Redis for a `redis://` URL with errors surfaced (@keyv/redis `throwOnErrors`, never the
 * silent "nothing" of its default) and a client that keeps reconnecting in the background while
 * each call stays bounded by the caller's timeout (see `bounded` in store-errors.ts).
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
  /** Told about connection errors. */
  onError: (error: unknown) => void;
}

/** A keyv instance, plus the Redis client behind it when there is one (locks, SET NX). */
export interface KeyvBackend {
  keyv: Keyv;
  client?: RedisClientType;
  /** A connected client (connects on first use); throws when there is no Redis. */
  connected(): Promise<RedisClientType>;
  /** Releases the connection; a client still reconnecting (Redis down) is destroyed. */
  close(): Promise<void>;
}

/** Builds the backend for `options.url` (memory without one). */
export function createKeyvBackend(options: KeyvBackendOptions): KeyvBackend {
  const { namespace, ttl, timeoutMs, onError } = options;
  let keyv: Keyv;
  let client: RedisClientType | undefined;
  if (options.url) {
    client = createClient({
      url: options.url,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
    }) as RedisClientType;
    client.on('error', onError);
    // No `connectionTimeout` on the adapter: its timer is never cleared and holds the process open.
    const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
    keyv = new Keyv({ store: adapter, namespace, ttl, throwOnErrors: true, useKeyPrefix: false });
  } else {
    keyv = new Keyv({ namespace, ttl, throwOnErrors: true });
  }
  keyv.on('error', onError);
  return {
    keyv,
    ...(client ? { client } : {}),
    async connected() {
      if (!client) throw new Error('no redis client');
      if (!client.isOpen) await client.connect();
      return client;
    },
    async close() {
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
