/**
 * {@link SharedState} in Redis, so replicas agree: `SET NX PX` for dedupe, a Lua token bucket
 * (the rule of token-bucket.ts, timed by the Redis clock so replicas with skewed clocks agree),
 * plain keys with expiry for records, `GETDEL` to consume one. The client connects in the
 * background and never queues commands while Redis is away: a call then fails at once (bounded
 * by `timeoutMs` otherwise), and the caller decides (see fallback-shared-state.ts).
 */
import { createClient, type RedisClientType } from '@redis/client';
import type { SharedState } from './shared-state.js';
import type { BucketRule, BucketVerdict } from './token-bucket.js';

/** Same rule as `takeToken`; KEYS: bucket. ARGV: capacity, windowMs. Returns 0 allow, 1 warn, 2 drop. */
const TAKE_TOKEN = `
local capacity = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 't', 'u', 'w')
local tokens = tonumber(stored[1]) or capacity
local updated = tonumber(stored[2]) or now
local warned = stored[3] == '1'
tokens = math.min(capacity, tokens + math.max(0, now - updated) * capacity / window)
local verdict = 0
if warned and tokens < capacity / 2 then
  verdict = 2
elseif tokens >= 1 then
  tokens = tokens - 1
  warned = false
else
  warned = true
  verdict = 1
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'u', tostring(now), 'w', warned and '1' or '0')
redis.call('PEXPIRE', KEYS[1], window * 2)
return verdict`;
const VERDICTS: readonly BucketVerdict[] = ['allow', 'warn', 'drop'];

/** Options of {@link RedisSharedState}. */
export interface RedisSharedStateOptions {
  url: string;
  /** Prefix of records and buckets. */
  prefix?: string;
  /** Prefix of dedupe ids (the one RedisSeenStore used, so a rolling deploy still dedupes). */
  seenPrefix?: string;
  /** Bound of each call. */
  timeoutMs?: number;
  /** Told once when Redis becomes unreachable, and once when it is back. */
  onDown?: (error: unknown) => void;
  onUp?: () => void;
}

/** Shared state of all replicas, in Redis. */
export class RedisSharedState implements SharedState {
  readonly kind = 'redis' as const;
  private readonly client: RedisClientType;
  private readonly prefix: string;
  private readonly seenPrefix: string;
  private readonly timeoutMs: number;
  private connecting: Promise<unknown> | undefined;
  /** Set by a connection error, cleared when the client is ready again. */
  private down = false;

  constructor(options: RedisSharedStateOptions) {
    this.prefix = options.prefix ?? 'dsh:shared:';
    this.seenPrefix = options.seenPrefix ?? 'ds-helpdesk:seen:';
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: this.timeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
    }) as RedisClientType;
    this.client.on('error', (error: unknown) => {
      if (this.down || this.client.isReady) return;
      this.down = true;
      options.onDown?.(error);
    });
    this.client.on('ready', () => {
      if (this.down) options.onUp?.();
      this.down = false;
    });
    this.connecting = this.client.connect().catch(() => undefined).finally(() => { this.connecting = undefined; });
  }

  async firstTime(key: string, ttlMs: number): Promise<boolean> {
    return (await this.call(() => this.client.set(this.seenPrefix + key, '1', { NX: true, PX: ttlMs }))) === 'OK';
  }

  async takeToken(key: string, rule: BucketRule): Promise<BucketVerdict> {
    const verdict = await this.call(() => this.client.eval(TAKE_TOKEN, {
      keys: [`${this.prefix}bucket:${key}`], arguments: [String(rule.capacity), String(rule.windowMs)],
    }));
    return VERDICTS[Number(verdict)] ?? 'allow';
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.call(() => this.client.get(this.prefix + key))) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.call(() => this.client.set(this.prefix + key, value, { PX: ttlMs }));
  }

  async delete(key: string): Promise<void> {
    await this.call(() => this.client.del(this.prefix + key));
  }

  async consume(key: string): Promise<string | undefined> {
    return (await this.call(() => this.client.getDel(this.prefix + key))) ?? undefined;
  }

  async close(): Promise<void> {
    try {
      if (this.client.isReady) await this.client.close();
      else if (this.client.isOpen) this.client.destroy();
    } catch {
      // Already closed.
    }
  }

  /** Runs `work` once connected, bounded by the timeout. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis call took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([(async () => {
        // Known to be down: fail at once. Still connecting at start: wait for it (bounded).
        if (!this.client.isReady && this.down) throw new Error('redis is unreachable');
        if (this.connecting) await this.connecting;
        return work();
      })(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
