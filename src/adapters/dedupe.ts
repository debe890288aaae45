/**
 * "Have we handled this delivery before?" Platforms deliver some events twice (Telegram
 * `update_id`, Slack `event_id` on retries); adapters ask {@link SeenStore.firstTime} before
 * running a turn. In Redis when configured (so several replicas agree), in memory otherwise.
 */
import { createClient } from '@redis/client';

export interface SeenStore {
  /** True the first time `key` is seen within `ttlMs`, false for repeats. */
  firstTime(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** In-memory seen-set with expiry; bounded so a flood cannot grow it without limit. */
export class MemorySeenStore implements SeenStore {
  private readonly seen = new Map<string, number>();
  constructor(private readonly maxEntries = 100_000, private readonly now: () => number = Date.now) {}

  async firstTime(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(key, now + ttlMs);
    if (this.seen.size > this.maxEntries) this.evict(now);
    return true;
  }

  private evict(now: number): void {
    for (const [key, expires] of this.seen) {
      if (expires <= now || this.seen.size > this.maxEntries) this.seen.delete(key);
      if (this.seen.size <= this.maxEntries * 0.9) break;
    }
  }

  async close(): Promise<void> {
    this.seen.clear();
  }
}

type RedisClient = { set: (key: string, value: string, options: { NX: true; PX: number }) => Promise<unknown>; quit: () => Promise<unknown>; isOpen: boolean };

/** Redis seen-set: `SET key 1 NX PX ttl` is atomic, so exactly one replica wins. */
export class RedisSeenStore implements SeenStore {
  private constructor(private readonly client: RedisClient, private readonly prefix: string) {}

  /** Connects to `url`; errors surface to the caller (a delivery is then retried by the platform). */
  static async connect(url: string, prefix = 'ds-helpdesk:seen:'): Promise<RedisSeenStore> {
    const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (n) => Math.min(n * 100, 2000) } });
    client.on('error', () => {
      /* surfaced per call; the listener only stops an unhandled 'error' event from killing the process */
    });
    await client.connect();
    return new RedisSeenStore(client as unknown as RedisClient, prefix);
  }

  async firstTime(key: string, ttlMs: number): Promise<boolean> {
    const result = await this.client.set(this.prefix + key, '1', { NX: true, PX: ttlMs });
    return result === 'OK';
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.quit();
  }
}

/**
 * `store` telling `onRepeat` about every repeated delivery it drops (metrics: dedupe hits), with
 * the channel from the key's prefix (`tg:` → telegram, `slack:` → slack).
 */
export function observeSeenStore(store: SeenStore, onRepeat: (channel: string) => void): SeenStore {
  return {
    async firstTime(key, ttlMs) {
      const first = await store.firstTime(key, ttlMs);
      if (!first) {
        const prefix = key.slice(0, key.indexOf(':'));
        try {
          onRepeat(prefix === 'tg' ? 'telegram' : prefix || 'other');
        } catch {
          // Counting never changes the answer.
        }
      }
      return first;
    },
    close: () => store.close(),
  };
}

/** A Redis store when `redisUrl` is given, a memory store otherwise. */
export async function createSeenStore(redisUrl?: string): Promise<SeenStore> {
  return redisUrl ? RedisSeenStore.connect(redisUrl) : new MemorySeenStore();
}
