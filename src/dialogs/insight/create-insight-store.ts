/** Opens the insight store a URL names: Redis for `redis://`, memory without one. */
import type { InsightStore, InsightStoreOptions } from './insight-store.js';
import { createMemoryInsightStore } from './memory-insight-store.js';
import { createRedisInsightStore } from './redis-insight-store.js';

/** Builds the store for `options.url` (memory without one). */
export function createInsightStore(options: InsightStoreOptions = {}): InsightStore {
  if (options.url) {
    return createRedisInsightStore({
      url: options.url,
      namespace: options.namespace ?? 'dsh:insight',
      timeoutMs: options.timeoutMs ?? 2000,
      onError: options.onError ?? (() => undefined),
    });
  }
  return createMemoryInsightStore(options.now ?? Date.now);
}
