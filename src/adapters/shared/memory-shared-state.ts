/**
 * {@link SharedState} in this process's memory: without Redis (one process), and as the
 * fallback while Redis is unreachable. Every map is bounded; the least recently used entries
 * go first, expired ones are dropped when met.
 */
import { MemorySeenStore } from '../dedupe.js';
import type { SharedState } from './shared-state.js';
import { takeToken, type Bucket, type BucketRule, type BucketVerdict } from './token-bucket.js';

/** Bounds and clock of {@link MemorySharedState}. */
export interface MemorySharedStateOptions {
  /** Most entries kept per kind (records, buckets, seen ids). */
  maxEntries?: number;
  now?: () => number;
}

/** Shared state of one process. */
export class MemorySharedState implements SharedState {
  readonly kind = 'memory' as const;
  private readonly records = new Map<string, { value: string; expires: number }>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly seen: MemorySeenStore;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemorySharedStateOptions = {}) {
    this.maxEntries = options.maxEntries ?? 50_000;
    this.now = options.now ?? Date.now;
    this.seen = new MemorySeenStore(this.maxEntries, this.now);
  }

  firstTime(key: string, ttlMs: number): Promise<boolean> {
    return this.seen.firstTime(key, ttlMs);
  }

  async takeToken(key: string, rule: BucketRule): Promise<BucketVerdict> {
    return this.takeTokenNow(key, rule);
  }

  /** The synchronous core of {@link takeToken}. */
  takeTokenNow(key: string, rule: BucketRule): BucketVerdict {
    const { bucket, verdict } = takeToken(this.buckets.get(key), this.now(), rule);
    touch(this.buckets, key, bucket, this.maxEntries);
    return verdict;
  }

  async get(key: string): Promise<string | undefined> {
    const record = this.records.get(key);
    if (!record) return undefined;
    if (record.expires <= this.now()) {
      this.records.delete(key);
      return undefined;
    }
    return record.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    touch(this.records, key, { value, expires: this.now() + ttlMs }, this.maxEntries);
  }

  async delete(key: string): Promise<void> {
    this.records.delete(key);
  }

  async consume(key: string): Promise<string | undefined> {
    const value = await this.get(key);
    this.records.delete(key);
    return value;
  }

  async close(): Promise<void> {
    this.records.clear();
    this.buckets.clear();
    await this.seen.close();
  }
}

/** Sets `key` as the most recently used entry, forgetting the oldest beyond `max`. */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}
