/**
 * Shared state that never fails a turn: Redis first, this process's memory when Redis errs.
 * A dedupe check then counts as first time unless this process saw the id, a flood bucket is
 * this process's own, a record is this process's copy (every write also lands there). One warn
 * line when Redis starts failing, one info line when it answers again — not one per message.
 */
import type { Logger } from 'pino';
import { MemorySharedState } from './memory-shared-state.js';
import type { SharedState } from './shared-state.js';
import type { BucketRule, BucketVerdict } from './token-bucket.js';

/** Wraps `primary` (Redis) with an in-memory fallback. */
export class FallbackSharedState implements SharedState {
  readonly kind: 'memory' | 'redis';
  private degraded = false;

  constructor(private readonly primary: SharedState, private readonly logger: Logger, private readonly local = new MemorySharedState()) {
    this.kind = primary.kind;
  }

  firstTime(key: string, ttlMs: number): Promise<boolean> {
    return this.guard('dedupe', () => this.primary.firstTime(key, ttlMs), () => this.local.firstTime(key, ttlMs));
  }

  takeToken(key: string, rule: BucketRule): Promise<BucketVerdict> {
    return this.guard('flood limit', () => this.primary.takeToken(key, rule), () => this.local.takeToken(key, rule));
  }

  get(key: string): Promise<string | undefined> {
    return this.guard('read', () => this.primary.get(key), () => this.local.get(key));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.local.set(key, value, ttlMs);
    await this.guard('write', () => this.primary.set(key, value, ttlMs), async () => undefined);
  }

  async delete(key: string): Promise<void> {
    await this.local.delete(key);
    await this.guard('delete', () => this.primary.delete(key), async () => undefined);
  }

  async consume(key: string): Promise<string | undefined> {
    const mine = await this.local.consume(key);
    return this.guard('consume', () => this.primary.consume(key), async () => mine);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.primary.close(), this.local.close()]);
  }

  private async guard<T>(what: string, work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      if (this.degraded) {
        this.degraded = false;
        this.logger.info('shared adapter state (Redis) answers again');
      }
      return result;
    } catch (error) {
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn({ err: error instanceof Error ? error.message : String(error), what },
          'shared adapter state (Redis) unavailable; this process decides alone (dedupe, flood limit, threads) until it is back');
      }
      return fallback();
    }
  }
}
