/**
 * Adapter state the replicas share (dedupe, flood buckets, small records): Redis when
 * configured, with this process's memory as the fallback; memory alone otherwise.
 */
import type { Logger } from 'pino';
import { FallbackSharedState } from './fallback-shared-state.js';
import { RedisSharedState } from './redis-shared-state.js';
import type { SharedState } from './shared-state.js';
import { MemorySharedState } from './memory-shared-state.js';

export type { SharedState } from './shared-state.js';
export { MemorySharedState, type MemorySharedStateOptions } from './memory-shared-state.js';
export { RedisSharedState, type RedisSharedStateOptions } from './redis-shared-state.js';
export { FallbackSharedState } from './fallback-shared-state.js';
export { takeToken, type Bucket, type BucketRule, type BucketVerdict } from './token-bucket.js';

/**
 * The shared state for `redisUrl` (memory without one). Connects in the background: the process
 * starts and serves while Redis is down, logging once that it is and once when it is back.
 */
export function createSharedState(redisUrl: string | undefined, logger: Logger): SharedState {
  if (!redisUrl) return new MemorySharedState();
  const redis = new RedisSharedState({
    url: redisUrl,
    onDown: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'redis unreachable (shared adapter state); retrying in the background'),
    onUp: () => logger.info('redis reachable again (shared adapter state)'),
  });
  return new FallbackSharedState(redis, logger);
}
